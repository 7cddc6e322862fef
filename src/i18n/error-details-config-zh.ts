/**
 * Chinese wording of core's config, instrument and pattern error details
 * (core/error-details-config.ts). Field names, roles, ids and JSON shapes stay as written in
 * the config file, so the user can find them there.
 */
import type { ConfigDetailKey } from "../core";

export const configDetailsZh: Record<ConfigDetailKey, string> = {
  "json.unknownField": "未知字段{hint}；允许的字段：{allowed}",
  "json.notJson": "不是有效的 JSON：{reason}",
  "json.notObject": "必须是一个 JSON 对象，实际是 {got}",
  "json.expectedNumber": "应为数字，实际是 {got}",
  "json.expectedText": "应为文字，实际是 {got}",
  "json.expectedObject": "应为对象，实际是 {got}",
  "json.expectedList": "应为列表，实际是 {got}",
  "json.expectedBoolean": "应为 true 或 false，实际是 {got}",
  "json.expectedOneOf": "应为 {options} 之一，实际是 {got}",
  "json.expectedShape": "应为 {shape}，实际是 {got}",

  "version.missing": '缺少版本号；请加上 "version": {supported}',
  "version.unknown": "未知的{document}版本 {got}；本版本可读取版本 1 到 {supported}",
  "version.newer":
    "{document}版本 {version} 比本程序能理解的版本（最高 {supported}）更新；请更新加载项",
  "version.noMigration": "没有从版本 {from} 到版本 {to} 的迁移",

  "answers.emptyText": "作答文字不能为空",
  "answers.expectedPoint": "应为量表分值（数字），实际是 {got}",
  "answers.sameText": "与 {earlier} 读起来相同（忽略大小写、空格和全半角），但对应的数字不同",
  "answers.expectedMissingList": "应为由作答文字和数字组成的列表，实际是 {got}",
  "answers.expectedMissingEntry": "应为作答文字或数字，实际是 {got}",

  "columns.unknownRole": "未知角色 {role}{hint}；可用角色：{roles}",
  "columns.expectedId": "应为编号，实际是 {got}",
  "columns.expectedColumn": "应为表头文字或列字母，实际是 {got}",
  "columns.notUsedWithRole": "角色 {role} 不使用此字段",
  "columns.dimensionNotUsed": '角色 {role} 不使用此字段；角色 {role} 请填写 "item"',
  "columns.unknownItem": '量表中没有题项 "{item}"{hint}',
  "columns.unknownDimension": '量表中没有维度 "{dimension}"{hint}；现有维度：{dimensions}',
  "columns.itemTwice": "题项 {item} 的 {role} 已由 columns[{earlier}] 映射",
  "columns.dimensionTwice": "维度 {dimension} 的 {role} 已由 columns[{earlier}] 映射",
  "columns.roleTwice": "{role} 列已由 columns[{earlier}] 映射",

  "options.threshold": '应为 "mean"、"midpoint" 或 {"x": <数字>, "y": <数字>}，实际是 {got}',
  "options.qMatrixX": '应为 "perception"，实际是 {got}',
  "options.tolerance": "应为大于或等于 0 的数字，实际是 {got}",
  "options.distributed": "应为大于或等于 1 的整数（发放的问卷份数），实际是 {got}",

  "source.headerRows": "应为 1 到 {max} 之间的整数，实际是 {got}",
  "source.sheets": "应为一个工作表名称，或先期望工作表、后感知工作表两个名称，实际是 {got}",

  "instrument.unknownPreset": "未知的预设量表 {got}{hint}；可用预设：{presets}，或直接给出量表定义",
  "instrument.unknownPresetOnly": "未知的预设量表 {got}{hint}；可用预设：{presets}",
  "instrument.expectedTextId": "应为非空的文字编号，实际是 {got}",
  "instrument.minMax": "min（{min}）必须小于 max（{max}）",
  "instrument.noDimensions": "应为非空的维度列表",
  "instrument.duplicateDimension": '维度编号 "{id}" 重复',
  "instrument.unknownDimension": '未知维度 "{dimension}"{hint}',
  "instrument.noItems": "应为非空的题项列表",
  "instrument.duplicateItem": '题项编号 "{id}" 重复',
  "instrument.emptyDimension": '维度 "{dimension}" 没有题项',

  "staff.noFactors": "应为非空的因素列表，实际是 {got}",
  "staff.factorTwice": '因素 "{id}" 列出了两次',
  "staff.gap": "应为 1、2、3 或 4，实际是 {got}",
  "staff.noStatements": "应为非空的陈述列表，实际是 {got}",
  "staff.statementTwice": '陈述 "{id}" 列出了两次',
  "staff.unknownFactor": '未知因素 "{factor}"{hint}',
  "staff.factorUnmeasured": '因素 "{id}" 没有任何陈述；请为它加一条陈述，或删去该因素',

  "pattern.expectedRegex": "应为正则表达式，实际是 {got}",
  "pattern.expectedFlags": '应为 "i" 之类的文字，实际是 {got}',
  "pattern.invalidRegex": "不是有效的正则表达式：{reason}",
  "pattern.namedGroup": "需要一个命名分组 (?<{group}>…)",
  "pattern.expectedRoles": '应为 {"<捕获的文字>": "<角色>", …}，实际是 {got}',
  "pattern.unknownRole": "未知角色 {got}；应为 {roles} 之一",
  "pattern.expectedRange": '应为 "D:AY" 这样的列范围，实际是 {got}',
  "pattern.badRange": '列范围 "{range}" 不是 "D:AY" 的形式',
  "pattern.nestedQuantifiers":
    "嵌套重复：{part} 重复了一个本身就在重复的分组（{inner}）；某些表头会让匹配永远运行下去",
  "pattern.overlappingAlternation":
    "重复中的分支有重叠：{part} 中有两个分支能以同一个字符开头；某些表头会让匹配永远运行下去",
  "pattern.overlappingRepeats":
    "相互重叠的重复太多（{part}）：连续三个无上限的重复能匹配同样的字符，较长的表头会让匹配耗时数分钟；相邻的 .* 之类最多保留两个",
  "pattern.tooLong": "表达式长 {length} 个字符；最多接受 {max} 个",
  "pattern.backReference": "表头表达式不支持 {part} 这样的反向引用；某些表头会让匹配永远运行下去",

  "state.sourceMissing": "加载项保存的状态：缺少 source",
  "state.sourceSheet": "加载项保存的状态：source.sheet 必须是文字",
  "state.sourceTable": "加载项保存的状态：source.table 必须是文字",
  "state.sourceTwoSheets": "加载项保存的状态：source 需要 expectationSheet 和 perceptionSheet",
  "state.sourceRange": "加载项保存的状态：source 需要 sheet 和 address",
  "state.sourceKind": "加载项保存的状态：未知的 source 类型 {kind}",
  "state.settingsMissing": "加载项保存的状态：缺少 settings",
  "state.settingsLang": '加载项保存的状态：settings.lang 必须是 "en" 或 "zh"',
  "state.ownedList": "加载项保存的状态：ownedSheets 必须是列表",
  "state.ownedEntry": "加载项保存的状态：ownedSheets[{index}] 需要工作表键和名称",
  "state.notJson": "加载项保存的状态：不是有效的 JSON",
  "state.notObject": "加载项保存的状态：不是 JSON 对象",

  "mapping.headerTwice": '表头 "{header}" 出现在 {columns} 列；请改用列字母指定',
  "mapping.columnOutside": '没有表头 "{column}"，且 {letter} 列在表格范围之外（{span} 列）',
  "mapping.noHeader": '表中没有表头 "{column}"{hint}',
  "mapping.unknownWeightDimension": '角色 weight 的维度 "{dimension}" 不存在',
  "mapping.unknownItemForRole": '角色 {role} 的题项 "{item}" 不存在',
  "mapping.sameSlot": "与 columns[{earlier}] 映射了同一个 {role} {target}",
  "mapping.columnTwice": "{column} 列被映射了两次：{first} 和 {second}；请为每个映射指定各自的列",
  "mapping.conflicts": '有多列争用同一个位置；请在 "columns" 中明确映射：{slots}',
  "mapping.missing": "每个题项都需要一列期望（E）和一列感知（P）；缺少（题项及列）：{items}",
};
