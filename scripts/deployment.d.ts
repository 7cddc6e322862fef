/** Types of scripts/deployment.js (plain CommonJS so webpack.config.js can load it). */
export const DEV_BASE: string;
export const OFFICE_JS_ORIGIN: string;
export const OFFICE_TELEMETRY_FRAME_ORIGIN: string;
export interface Deployment {
  /** The folder URL the files are served from, ending in "/". */
  base: string;
  /** scheme://host[:port] of `base`. */
  origin: string;
}
export function deploymentBase(text: string): Deployment;
export function manifestForDeployment(devManifest: string, deployment: Deployment): string;
export function contentSecurityPolicy(origin?: string): string;
