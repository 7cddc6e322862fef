/** The CLI's messages in Chinese: the same keys as cli-en.ts. */
import type { CliStrings } from "./cli-en";

export const cliZh: CliStrings = {
  "summary.colon": "：",
  "summary.comma": "，",
  "summary.survey": "问卷",
  "summary.instrumentScale": "量表 {scale}，容差 δ = {tolerance}",
  "summary.respondents":
    "受访者：文件中 {total} 人，使用 {used} 人，排除 {excluded} 人（无有效作答）",
  "summary.overallGap": "总体差距（P − E）",
  "summary.unweighted": "未加权",
  "summary.weighted": "按重要性分值加权",
  "summary.noWeights": "未映射重要性权重",
  "summary.weightsUnusable": "已映射重要性权重，但没有受访者的权重行可用",
  "summary.weightedNoGap": "不适用：有权重的维度没有有效作答",
  "summary.noValidAnswers": "无有效作答",
  "summary.significantItems":
    "差距显著的题项（配对 t 检验，Holm 校正 p < 0.05）：{significant} / {tested}",
  "summary.flaggedItems": "需检查的题项（删除后 α 上升，或题总相关 r < 0.30）：{list}",
  "summary.belowShare": "低于期望：{below} 的受访者（符合 {meets}，超出 {above}）",
  "summary.worstItems": "差距最大的三个题项",
  "summary.col.dimension": "维度",
  "summary.col.meanE": "期望均值",
  "summary.col.meanP": "感知均值",
  "summary.col.gap": "差距",
  "summary.col.alphaE": "α(期望)",
  "summary.col.alphaP": "α(感知)",
  "summary.col.weight": "权重",
  "summary.alphaFlag": "* α 低于 0.70：该维度题项的内部一致性不足",
  "summary.dataQuality": "数据质量",
  "summary.noIssues": "无问题单元格",
  "issue.nonNumeric": "非数值单元格",
  "issue.notApplicable": "表示未作答的答案（不适用、不清楚等）",
  "issue.outOfRange": "超出量表范围的答案",
  "issue.nonInteger": "非整数答案（仍使用）",
  "issue.errorValue": "错误值（#N/A 等）",
  "issue.excludedRow": "无作答的行",
  "issue.weightsNormalised": "权重合计不等于 100 的行（已归一化）",
  "issue.weightsInvalid": "无效权重",
  "error.noUsableData": "没有可用的数据：{reason}。{held}",
  "error.noUsableData.noRows": "表中没有数据行",
  "error.noUsableData.noValidRows": "{total} 行中没有一行有有效的期望或感知作答",
  "error.noUsableData.noPairs": "没有任何一行对同一题项同时有期望和感知作答",
  "error.noUsableData.checkNumbers": "请确认作答是量表范围内的数字。",
  "error.noUsableData.texts":
    '作答单元格中是文字，例如 {texts}；请在配置中为每个选项给出分值（"answers": {"labels": {…}}），详见 docs/answers.md。',
  "error.withTitle": "{title}（{message}）",
  "error.scaleMismatch":
    '{count} 个数字形式的期望/感知作答中有 {percent}% 超出量表 {given}（作答范围 {min} 到 {max}），数据看起来是 {suggested} 量表。如果确实如此，请使用 --scale {suggestedMin}-{suggestedMax}（或在配置中设置 "scale"）。',
  "error.returnedExceedsDistributed":
    '回收了 {returned} 份问卷（非空行），但只发出了 {distributed} 份：请检查 --distributed（或配置中的 "distributed"）。',
  "error.columnNotFound":
    "{field}：表中找不到列“{column}”。请检查配置中的列名，或去掉 --config 让程序自动识别列。",
  "error.configFile": "配置文件 {file} 有误：{detail}",
  "error.cause": "原因：{cause}",
  "detect.heading": "在 {source} 中检测到的列：",
  "detect.role.expectation": "期望",
  "detect.role.perception": "感知",
  "detect.role.importance": "重要性",
  "detect.role.adequate": "适当服务",
  "detect.role.desired": "理想服务",
  "detect.role.weight": "权重",
  "detect.role.id": "编号",
  "detect.role.segment": "分组",
  "detect.role.management": "管理层",
  "detect.column": "列 {list}",
  "detect.columns": "列 {list}",
  "detect.confidence": "置信度 ≥ {value}",
  "detect.items": "{count}/{total} 个题项（{ranges}）",
  "detect.dimensions": "{count}/{total} 个维度",
  "detect.check": "请核对：",
  "detect.conflict": "冲突：",
  "detect.missing": "缺少：",
  "detect.unknown": "未知：",
  "detect.unknownText": "{header}（{column}）指向 {target}，但问卷中没有该项",
  "detect.notUsed": "未使用：",
  "detect.more": " 等另外 {count} 列",
  "detect.questions": "题目块：",
  "detect.undecided": "未决定：",
  "detect.block":
    "列 {first}–{last}（{kind}{title}）→ {role} {items}；角色依据：{roleEvidence}；题项依据：{itemEvidence}；置信度 {confidence}",
  "detect.undecidedText": "列 {columns}（{first} …）：{detail}",
  "detect.byElimination": "排除法（其他题目块为另一角色）",
  "detect.wordIn": "{place}中的 {word}",
  "detect.place.title": "标题",
  "detect.place.header": "表头",
  "detect.place.headerRow": "题目行",
  "detect.byNumber": "{count} 个按编号",
  "detect.straightThrough": "{count} 个按题号 − {offset}（题号连续编排）",
  "detect.byOrder": "{count} 个按顺序",
  "detect.byLastLeft": "{count} 个为最后剩下的题项（各自的措辞也指向它）",
  "detect.byWording": "{count} 个按题目措辞（得分 ≥ {score}）",
  "detect.confirmed": "，其中 {count} 个经措辞确认",
  "detect.recognised": "已识别：{platform} 导出文件",
  "detect.kind.tags": "导出标签",
  "detect.kind.grid": "网格题",
  "detect.kind.matrix": "矩阵题",
  "detect.kind.numbered": "编号题目",
  "detect.kind.text": "题目文字",
  "detect.roleUnknown": "{count} 个题目列{under}对应题项，但没有词语表明是期望还是感知",
  "detect.roleUnknownUnder": "（标题“{title}”下）",
  "detect.contradiction": "{header}：题号指向题项 {byNumber}，措辞指向题项 {byWording}",
  "detect.listSeparator": "；",
  "detect.sheet": "（工作表“{sheet}”）",
  "detect.customInstrument": "{items} 个题项，{dimensions} 个维度",
  "mapping.incomplete": "映射不完整：{missing} 没有对应的列{ambiguous}{undecided}；{fix}",
  "mapping.alsoAmbiguous": "；有歧义：{list}",
  "mapping.alsoUndecided": "；未决定：{list}",
  "mapping.ambiguous": "映射有歧义：{list}；{fix}",
  "mapping.fix": "请在配置文件中指定这些列（--save-config 会写出一个可编辑的配置文件）",
  "mapping.slot": "{role} {subject} ← {columns}",
  "mapping.or": " 或 ",
  "mapping.undecidedColumns": "列 {columns}：{detail}",
  "long.recognised":
    "已识别：长格式（{columns}）：{rows} 行 → {respondents} 名受访者 × {items} 个题项{dropped}",
  "long.dropped": "；未使用（每名受访者的值不唯一）：{columns}",
  "input.unsupported": "{file}：不支持 {extension} 文件；请另存为 .xlsx 或 .csv",
  "input.unknownType": "{file}：未知的文件类型“{extension}”（应为 .csv 或 .xlsx）",
  "input.noSuchFile": "无法读取 {file}：文件不存在",
  "input.notAFile": "无法读取 {file}：这不是一个文件",
  "input.permission": "无法读取 {file}：没有读取权限",
  "input.encoding": "{file} 不是 UTF-8 编码，已按 {encoding} 读取",
  "input.joined": "期望取自工作表“{expectations}”，感知取自工作表“{perceptions}”，{by}",
  "input.joinedById": "按“{column}”列合并",
  "input.joinedByRow": "按行顺序合并",
  "scale.narrowed":
    "注意：所有答案都在 1–5 之内，因此使用量表 1–5，而不是预设的 {preset}（反向计分题按 6 − x 计分）；如需保留 {preset}，请使用 --scale {min}-{max}。",
  "answers.cells": "（{count} 个单元格）",
  "answers.listSeparator": "，",
  "answers.bySet": "文字作答按分值读取（{points} 级{family}量表，量表 1–{points}）：",
  "answers.byConfig": "文字作答按配置中的 answers.labels 读取：",
  "answers.setOnly": "作答标签属于 {points} 级{family}量表：量表为 1–{points}。",
  "answers.numbered": "带分值的作答按其数字读取：{list}",
  "answers.missing": "视为未作答（notApplicable）：{list}",
  "answers.unknown": "不是已知选项、按非数值处理：{list}（可在配置的 answers.labels 中给出分值）",
  "template.wrote":
    "已写入 {file}：问卷（{items} 个题项，第 1 部分和第 2 部分）以及可录入 {rows} 名受访者的数据录入表。",
  "usage.unknownCommand": "未知命令“{command}”（应为 analyze、demo 或 template）",
  "error.parseArgs.unknownOption": "未知选项 {option}",
  "error.parseArgs.optionValue":
    "选项 {option} 的值有误：缺少值，或该选项不带值；以 - 开头的值请写成 {option}=值",
  "error.parseArgs.unexpectedArgument": "多余的参数 {option}",
  "usage.demoOnlyLang": "demo 只接受 --lang，却给出了 --{option}",
  "usage.needsFile": "analyze 需要一个输入文件（.csv 或 .xlsx）",
  "usage.oneFile": "analyze 只接受一个输入文件，却给出了 {count} 个",
  "usage.sheetTimes":
    "--sheet 给出了 {count} 次：请给出一个工作表，或依次给出期望工作表和感知工作表",
  "usage.instrument": "--instrument 必须是 {ids} 之一，却给出了“{value}”",
  "usage.tolerance": "--tolerance 必须是 ≥ 0 的数字，却给出了“{value}”",
  "usage.distributed": "--distributed 必须是 ≥ 1 的整数，却给出了“{value}”",
  "usage.cycleLabel": '--cycle 需要一个标签，例如 --cycle "2026 H2"',
  "usage.cycleDate": "--cycle-date 必须是 YYYY-MM-DD 格式的日期，却给出了“{value}”",
  "usage.cycleNeedsHistory": "--cycle 和 --cycle-date 需要 --history FILE（保存各周期的文件）",
  "usage.needsSurveyFile": "--{option} 需要一个文件（.csv 或 .xlsx）",
  "usage.sheetNeedsFile": "--{sheet} 需要同时给出 --{option} FILE",
  "usage.lang": "--lang 必须是 en 或 zh，却给出了“{value}”",
  "usage.scale": "--scale 的格式应为 1-7，却给出了“{value}”",
  "usage.scaleOrder": "--scale 需要最小值 < 最大值，却给出了“{value}”",
  "usage.sheetOnXlsx": "--sheet 只适用于 .xlsx 文件",
  "usage.templateXlsx": "template 需要 --xlsx FILE",
  "usage.rows": "--rows 必须是 1 到 {max} 之间的整数，却给出了“{value}”",
  "usage.templateExists": "{file} 已存在；请换一个文件名（模板中可能有已录入的作答，因此从不覆盖）",
  "usage.internal": "内部错误：{detail}",
  usage: `用法：
  servqual analyze <文件.csv|文件.xlsx> [选项]
  servqual demo [--lang en|zh]
  servqual template --xlsx FILE [--instrument ID] [--lang en|zh] [--scale MIN-MAX] [--rows N] [--prefix TEXT]
                        问卷模板：可打印的第 1 部分（期望）和第 2 部分（感知），
                        以及一张数据录入表（从不覆盖 FILE）

analyze 的选项：
  --sheet NAME          要读取的工作表（xlsx；默认：第一个工作表，或名为
                        Expectations/Perceptions 或 期望/感知 的两个工作表，按编号列合并）；
                        给出两次：--sheet 期望表 --sheet 感知表 合并这两个工作表
  --config FILE         从配置文件读取列映射和选项（否则根据表头自动识别）
  --instrument ID       servqual22（默认）、servqual22-1988（第 10–13、18–22 题反向计分）、
                        servqual22-hospital、servqual22-property（行业措辞）或
                        quality6（六项质量特性，18 个题项）
  --scale MIN-MAX       作答量表，例如 1-5（默认：问卷自带的量表，1-7）
  --tolerance D         δ：差距在 ±D 之内视为符合期望（默认 0）
  --distributed N       发出的问卷数：回收率 = 回收数 / N
  --history FILE        周期历史（JSON；不存在时创建）：本次运行作为一个周期加入
                        （同名标签则替换），趋势写入 --json 和 --xlsx
  --cycle LABEL         本周期的标签（默认：今天的 YYYY-MM），例如 "2026 H2"
  --cycle-date DATE     本周期的日期，YYYY-MM-DD（默认：今天）
  --json FILE|-         将分析结果以 JSON 写入 FILE；为 - 时写到标准输出
  --save-config FILE    保存所用的列映射和选项，供下一个周期使用
  --xlsx FILE           写出报告工作簿（图表由加载项绘制）
  --management FILE     管理层调查（表头与输入文件的期望列相同）：
                        差距 1 写入 --json，并在 --xlsx 中生成“差距模型”工作表
  --management-sheet NAME  管理层调查的工作表（xlsx）
  --staff FILE          员工调查（列 S1…S32）：差距 1–4 的组织因素
  --staff-sheet NAME    员工调查的工作表（xlsx）
  --lang en|zh          摘要、提示信息和报告的语言（默认 en）

退出状态：0 完成；2 用法错误或无法读取输入；3 映射不完整或有歧义。
`,
  note: "注意：{text}",
  "wrote.json": "已将分析 JSON 写入 {file}",
  "wrote.xlsx": "已将报告工作簿写入 {file}",
  "wrote.config": "已将映射和选项保存到 {file}",
  "cycle.added": "已在 {file} 中添加周期“{label}”（共 {count} 个周期）",
  "cycle.added1": "已在 {file} 中添加周期“{label}”（共 1 个周期）",
  "cycle.replaced": "已在 {file} 中替换周期“{label}”（共 {count} 个周期）",
  "cycle.replaced1": "已在 {file} 中替换周期“{label}”（共 1 个周期）",
  "input.notWorkbookCsv": "{file} 是{kind}；如果它是逗号分隔的文本，请将扩展名改为 .csv",
  "input.notWorkbook": "{file} 是{kind}；请将调查另存为 .xlsx 或 .csv",
  "input.emptySheetOf": "{file}（工作表“{sheet}”）是空的：找不到表头行",
  "input.empty": "{file} 是空的：找不到表头行",
  "input.binaryXlsx": "{file} 是{kind}，不是 CSV 文本；请将扩展名改为 .xlsx",
  "input.binaryUtf16": "{file} 是{kind}，不是 CSV 文本；请另存为 CSV UTF-8",
  "input.binary": "{file} 是{kind}，不是 CSV 文本；请将调查导出为 CSV（UTF-8）或 .xlsx",
  "input.notText":
    "{file} 不是 UTF-8、UTF-16 或 GBK 编码的文本；请将调查导出为 CSV（UTF-8）或 .xlsx",
  "input.sheetEmpty": "工作表“{sheet}”是空的：找不到表头行",
  "input.tooLarge":
    "{file} 大小为 {size}，超过了 {limit} 的上限（见 docs/cli.md#limits）；请删去不用的列，或把调查拆分成几个文件",
  "csv.at": "{file} 第 {line} 行：{reason}",
  "csv.unclosedQuote": '此处开始的带引号字段没有结束（缺少一个 "）',
  "csv.afterQuote": "带引号字段的结束引号后面还有文字（“{text}…”）",
  "csv.tooManyColumns": "列数超过 {max}（上限；见 docs/cli.md#limits）",
  "csv.tooManyCells": "文件的单元格数超过 {max}（上限；见 docs/cli.md#limits）",
  "csv.recordTooLong": "一条记录超过 {max} 个字符（上限；见 docs/cli.md#limits）",
  "xlsx.unreadable": "无法把 {file} 作为 .xlsx 工作簿读取（{reason}）",
  "xlsx.noWorksheets": "{file} 中没有工作表",
  "xlsx.noSheet": "{file} 中没有名为“{sheet}”的工作表（现有工作表：{sheets}）",
  "xlsx.noSheetNone": "{file} 中没有名为“{sheet}”的工作表（没有任何工作表）",
  "xlsx.tooWide":
    "{file} 的工作表“{sheet}”使用了 {area}，共 {width} 列（上限为 {max}）；请删除远离调查数据的零散内容，或把调查复制到单独的工作表（见 docs/cli.md#limits）",
  "xlsx.tooManyCells":
    "{file} 的工作表“{sheet}”使用了 {area}，单元格数超过 {max}（上限）；请删除远离调查数据的零散内容，或把调查复制到单独的工作表（见 docs/cli.md#limits）",
  "history.cannotRead": "无法读取历史文件 {file}（{reason}）",
  "history.notJson": "历史文件 {file} 不是有效的 JSON（{reason}）",
  "history.cannotWrite": "无法写入历史文件 {file}（{reason}）",
  "output.directory": "{role} {path} 是一个目录，不是文件",
  "output.notRegular": "{role} {path} 不是普通文件",
  "output.noDirectory": "无法写入 {path}：目录 {dir} 不存在",
  "output.notDirectory": "无法写入 {path}：{dir} 不是目录",
  "output.notWritable": "无法写入 {path}：目录 {dir} 没有写入权限",
  "output.isInput":
    "{role} {path} 就是输入文件（{inputRole} {inputPath}）；拒绝覆盖它（请选择其他输出文件）",
  "output.role.input": "调查数据文件",
  "output.role.config": "--config 配置文件",
  "output.sameFile": "{first} 和 {role} 指向同一个文件（{path}）；请为每个输出指定各自的文件",
  "output.failed": "无法写入 {path}（{reason}）；没有更改任何输出",
  "output.failedPartly": "无法写入 {path}（{reason}）；只有 {replaced} 已被替换",
  "output.gapInput": "{role} {path} 就是输入文件（{inputRole}）；拒绝覆盖它",
  "template.cannotWrite": "无法写入 {file}：{reason}",
  "demo.noSample": "找不到 {file}（请在代码仓库中运行）",
  "config.cannotRead": "无法读取配置文件 {file}：文件不存在",
  "fileKind.xlsx": "一个 Excel 工作簿（.xlsx）",
  "fileKind.docx": "一个 Word 文档（.docx）",
  "fileKind.pptx": "一个 PowerPoint 文件（.pptx）",
  "fileKind.ods": "一个 OpenDocument 电子表格（.ods）",
  "fileKind.zip": "一个 ZIP 压缩包",
  "fileKind.emptyZip": "一个空的 ZIP 压缩包",
  "fileKind.oldOffice": "一个旧格式的 Office 文件（.xls / .doc，Office 97–2003）",
  "fileKind.pdf": "一个 PDF 文档",
  "fileKind.gzip": "一个 gzip 压缩文件",
  "fileKind.xz": "一个 xz 压缩文件",
  "fileKind.zstd": "一个 zstd 压缩文件",
  "fileKind.sevenZip": "一个 7-Zip 压缩包",
  "fileKind.rar": "一个 RAR 压缩包",
  "fileKind.png": "一张 PNG 图片",
  "fileKind.jpeg": "一张 JPEG 图片",
  "fileKind.gif": "一张 GIF 图片",
  "fileKind.sqlite": "一个 SQLite 数据库",
  "fileKind.elf": "一个可执行文件（ELF）",
  "fileKind.utf16be": "没有字节顺序标记的 UTF-16 文本（大端）",
  "fileKind.utf16le": "没有字节顺序标记的 UTF-16 文本（小端）",
  "fileKind.binary": "二进制数据，不是文本",
  "fileKind.xml2003": "一个 Excel 2003 XML 电子表格",
  "fileKind.html": "一个 HTML 网页（扩展名为 .xlsx 的网页导出）",
  "fileKind.empty": "一个空文件",
  "fileKind.textNotXlsx": "文本（CSV？），不是 .xlsx 工作簿",
  "error.historyFile": "历史文件 {file} 有误：{detail}",
  "error.namedFile": "{option} {file}：{detail}",
};
