<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FeedParser</name>
    <message>
        <source>the document type (DOCTYPE) declares entities, which feeds are not allowed to do; the file is refused.</source>
        <translation>文档类型（DOCTYPE）声明了实体，订阅源不允许这样做；已拒绝该文件。</translation>
    </message>
    <message>
        <source>elements are nested more than %1 levels deep; the file is refused.</source>
        <translation>元素嵌套超过 %1 层；拒绝导入该文件。</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Regulator</source>
        <translation>监管机构</translation>
    </message>
    <message>
        <source>Standards body</source>
        <translation>标准化机构</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府机关</translation>
    </message>
    <message>
        <source>Industry association</source>
        <translation>行业协会</translation>
    </message>
    <message>
        <source>International forum</source>
        <translation>国际论坛</translation>
    </message>
    <message>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Legislation</source>
        <translation>立法</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>规章</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>标准</translation>
    </message>
    <message>
        <source>Guideline</source>
        <translation>指引</translation>
    </message>
    <message>
        <source>Policy plan</source>
        <translation>政策规划</translation>
    </message>
    <message>
        <source>Enforcement action</source>
        <translation>执法行动</translation>
    </message>
    <message>
        <source>Court judgment</source>
        <translation>法院判决</translation>
    </message>
    <message>
        <source>Announcement</source>
        <translation>公告</translation>
    </message>
    <message>
        <source>Draft for comments</source>
        <translation>征求意见稿</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Concluded</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>Not ranked</source>
        <translation>未定位阶</translation>
    </message>
    <message>
        <source>Law</source>
        <translation>法律</translation>
    </message>
    <message>
        <source>Administrative regulation</source>
        <translation>行政法规</translation>
    </message>
    <message>
        <source>Departmental rule</source>
        <translation>部门规章</translation>
    </message>
    <message>
        <source>Normative document</source>
        <translation>规范性文件</translation>
    </message>
    <message>
        <source>Mandatory national standard</source>
        <translation>强制性国家标准</translation>
    </message>
    <message>
        <source>Recommended national standard</source>
        <translation>推荐性国家标准</translation>
    </message>
    <message>
        <source>Practice guide</source>
        <translation>实践指南</translation>
    </message>
    <message>
        <source>Local regulation</source>
        <translation>地方性法规</translation>
    </message>
    <message>
        <source>Enforcement decision</source>
        <translation>执法决定</translation>
    </message>
    <message>
        <source>Judgment</source>
        <translation>判决</translation>
    </message>
    <message>
        <source>Official</source>
        <translation>官方文本</translation>
    </message>
    <message>
        <source>In-house translation</source>
        <translation>内部翻译</translation>
    </message>
    <message>
        <source>Machine translation</source>
        <translation>机器翻译</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Must do</source>
        <translation>应当</translation>
    </message>
    <message>
        <source>Must not</source>
        <translation>不得</translation>
    </message>
    <message>
        <source>Disclose</source>
        <translation>披露</translation>
    </message>
    <message>
        <source>Retain</source>
        <translation>留存</translation>
    </message>
    <message>
        <source>File or register</source>
        <translation>备案或登记</translation>
    </message>
    <message>
        <source>Assess</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>不少于</translation>
    </message>
    <message>
        <source>at most</source>
        <translation>不超过</translation>
    </message>
    <message>
        <source>exactly</source>
        <translation>等于</translation>
    </message>
    <message>
        <source>between</source>
        <translation>介于</translation>
    </message>
    <message>
        <source>every</source>
        <translation>每</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>days</source>
        <translation>天</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>years</source>
        <translation>年</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>time of day</source>
        <translation>时刻</translation>
    </message>
    <message>
        <source>years of age</source>
        <translation>周岁</translation>
    </message>
    <message>
        <source>times</source>
        <translation>次</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>待办</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Compliant</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Partially compliant</source>
        <translation>部分合规</translation>
    </message>
    <message>
        <source>Non-compliant</source>
        <translation>不合规</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Applies by its tags and region</source>
        <translation>按标签和地区适用</translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation>手动添加</translation>
    </message>
    <message>
        <source>Marked not applicable</source>
        <translation>已标记为不适用</translation>
    </message>
</context>
<context>
    <name>rt::app::AgendaVerbs</name>
    <message>
        <source>Only the checklist rows NAME owns.</source>
        <translation>只列出由 NAME 负责的清单条目。</translation>
    </message>
    <message>
        <source>Only your own checklist rows (the owner name in the preferences, else your user name).</source>
        <translation>只列出你自己负责的清单条目（按首选项中设置的负责人名称，未设置时按你的用户名）。</translation>
    </message>
    <message>
        <source>Only what binds the company C (its id, uid or name).</source>
        <translation>只列出约束公司 C 的事项（C 为其 id、uid 或名称）。</translation>
    </message>
    <message>
        <source>See it as on DATE (YYYY-MM-DD) instead of today.</source>
        <translation>以 DATE（YYYY-MM-DD）而非今天为基准查看。</translation>
    </message>
    <message>
        <source>Give --owner NAME or --mine, not both.</source>
        <translation>请指定 --owner NAME 或 --mine，二者不能同时使用。</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD (got “%1”).</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期（收到的是“%1”）。</translation>
    </message>
    <message>
        <source>There is no company “%1” (regtracker companies lists them).</source>
        <translation>不存在公司“%1”（可用 regtracker companies 列出所有公司）。</translation>
    </message>
    <message>
        <source>Nothing is due or overdue, and nothing is dated ahead within the horizon.</source>
        <translation>没有到期或逾期的事项，所选期限内也没有即将到来的日期。</translation>
    </message>
    <message>
        <source>How far ahead: N days (30d), N weeks (2w), or all. Overdue rows are always listed.</source>
        <translation>向后查看多久：N 天（30d）、N 周（2w）或 all（全部）。逾期条目始终列出。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>--within takes a number of days (30d), weeks (2w) or all (got “%1”).</source>
        <translation>--within 需要天数（30d）、周数（2w）或 all（收到的是“%1”）。</translation>
    </message>
    <message>
        <source>The period the digest covers, back from today: N days (7d) or weeks (1w).</source>
        <translation>摘要涵盖的期间，从今天往前推：N 天（7d）或 N 周（1w）。</translation>
    </message>
    <message>
        <source>html, md or json (default: by the suffix of --out).</source>
        <translation>html、md 或 json（默认按 --out 的文件后缀确定）。</translation>
    </message>
    <message>
        <source>Where to write the digest (- for standard output).</source>
        <translation>摘要写入的位置（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>digest needs --out FILE (- for standard output).</source>
        <translation>digest 需要 --out FILE（- 表示标准输出）。</translation>
    </message>
    <message>
        <source>--format takes html, md or json.</source>
        <translation>--format 只接受 html、md 或 json。</translation>
    </message>
    <message>
        <source>--since takes a number of days (7d) or weeks (1w) (got “%1”).</source>
        <translation>--since 需要天数（7d）或周数（1w）（收到的是“%1”）。</translation>
    </message>
</context>
<context>
    <name>rt::app::CommandLine</name>
    <message>
        <source>RegTracker tracks regulatory developments and the obligations they create, per company.</source>
        <translation>RegTracker 跟踪监管动态及其为各公司带来的义务。</translation>
    </message>
    <message>
        <source>Unknown command “%1”.</source>
        <translation>未知的命令“%1”。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Use the database file PATH (or a postgresql:// address) instead of your own.</source>
        <translation>使用数据库文件 PATH（或 postgresql:// 地址），而不是你自己的数据库。</translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN, zh_TW or zh_HK.</source>
        <translation>界面语言：en、zh_CN、zh_TW 或 zh_HK。</translation>
    </message>
    <message>
        <source>Unknown language “%1” (use en, zh_CN, zh_TW or zh_HK).</source>
        <translation>未知的语言“%1”（请使用 en、zh_CN、zh_TW 或 zh_HK）。</translation>
    </message>
    <message>
        <source>To give “%1” as text rather than options, put -- before it: regtracker %2 -- %1</source>
        <translation>若要把“%1”作为文本而非选项，请在它前面加上 --：regtracker %2 -- %1</translation>
    </message>
    <message>
        <source>Usage: regtracker [--db PATH] [--lang en|zh_CN|zh_TW|zh_HK]  start the application
       regtracker COMMAND [options]

Commands:
  stats                 counts of developments, authorities, obligations, companies, assessments
  list [--json]         every development with its fields in English and Chinese
  search TEXT [--json] [--limit N]  developments matching TEXT in either language, best first
  init [--demo]         create a new database (with the demo data)
  import FILE [--format auto|newsletter|html|pdf|email|rss|json|csv] [--source NAME] [--year YYYY]
         [--dry-run] [--json] [--allow-pipe [--pipe-timeout S]]
                        import a newsletter (text, web page, PDF, e-mail), feed, CSV or exchange file
  export FILE           write the whole database as an exchange file
  generate --developments N --companies M [--seed S]  add synthetic data for scale work
  companies [--json]    every company with its id and checklist progress
  report --company C --format pdf|csv --out FILE [--group development|topic]
         [--chinese simplified|tw|hk]  a company&apos;s checklist (C: id, uid or name), in the --lang
                        language, Chinese content in Simplified or Traditional characters
  export-deadlines --company C --out FILE.ics [--chinese simplified|tw|hk]
                        a company&apos;s open due dates as a calendar
  due [--within 30d] [--owner NAME|--mine] [--company C] [--json]
                        what is due: overdue rows, then everything dated ahead, by period
  digest [--since 7d] [--owner NAME|--mine] [--company C] --format html|md|json --out FILE
                        the weekly digest: new developments and obligations, re-review flags,
                        what fell due and what became overdue
  compare A [B] [--json | --html FILE | --pdf FILE]  what changed between two versions of a
                        development, word by word in both languages, and whom it affects
  shot VIEW OUT.png [--size WxH]  render a view or dialog to PNG (--help lists them and the
                        options)
  db copy --from A --to B [--json]  copy a whole database between SQLite files and PostgreSQL
                        (A and B: a file or a postgresql:// address; B must be new or empty)
  db init-roles [--limit-editors]  create the team roles on the --db PostgreSQL database
  db info [--json]      engine, address, schema version, your role and the rows per table
  version               print the version

Every command takes --db PATH or a postgresql:// address (default: your own database, the one the
window opened last) and --lang en|zh_CN|zh_TW|zh_HK. Run a command with --help for its
options.
</source>
        <translation>用法：regtracker [--db PATH] [--lang en|zh_CN|zh_TW|zh_HK]  启动应用程序
      regtracker COMMAND [options]

命令：
  stats                 统计动态、机构、义务、公司和评估的数量
  list [--json]         列出所有动态及其中英文字段
  search TEXT [--json] [--limit N]  以中英文检索与 TEXT 匹配的动态，按相关度排序
  init [--demo]         创建新数据库（--demo：载入演示数据）
  import FILE [--format auto|newsletter|html|pdf|email|rss|json|csv] [--source NAME] [--year YYYY]
         [--dry-run] [--json] [--allow-pipe [--pipe-timeout S]]
                        导入简报（文本、网页、PDF、电子邮件）、订阅源、CSV 或交换文件
  export FILE           将整个数据库写入交换文件
  generate --developments N --companies M [--seed S]  添加合成数据，用于规模测试
  companies [--json]    列出所有公司及其 id 和合规清单进度
  report --company C --format pdf|csv --out FILE [--group development|topic]
         [--chinese simplified|tw|hk]  以 --lang 指定的语言输出公司的合规清单（C：id、uid 或名称），
                        中文内容用简体或繁体字
  export-deadlines --company C --out FILE.ics [--chinese simplified|tw|hk]
                        将公司未完成事项的截止日期导出为日历
  due [--within 30d] [--owner NAME|--mine] [--company C] [--json]
                        列出到期事项：先列逾期条目，再按时段列出之后的所有日期
  digest [--since 7d] [--owner NAME|--mine] [--company C] --format html|md|json --out FILE
                        每周摘要：新增动态和义务、复核标记、
                        已到期和新近逾期的事项
  compare A [B] [--json | --html FILE | --pdf FILE]  比较一项动态的两个版本：逐词列出中英文
                        文本的改动，以及受影响的公司
  shot VIEW OUT.png [--size WxH]  将视图或对话框渲染为 PNG（用 --help 查看可选视图和选项）
  db copy --from A --to B [--json]  在 SQLite 文件与 PostgreSQL 之间复制整个数据库
                        （A 和 B：文件或 postgresql:// 地址；B 必须是新的或空的）
  db init-roles [--limit-editors]  在 --db 指定的 PostgreSQL 数据库上创建团队角色
  db info [--json]      显示引擎、地址、架构版本、你的角色及各表行数
  version               显示版本号

所有命令均支持 --db PATH 或 postgresql:// 地址（默认使用你自己的数据库，即窗口上次打开的数据库）
和 --lang en|zh_CN|zh_TW|zh_HK。在命令后加 --help 可查看该命令的选项。
</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>rt::app::CompareVerbs</name>
    <message>
        <source>Print the comparison as JSON.</source>
        <translation>以 JSON 输出对比结果。</translation>
    </message>
    <message>
        <source>Write the redline as an HTML page to FILE.</source>
        <translation>将修订对照稿写入 HTML 网页 FILE。</translation>
    </message>
    <message>
        <source>Write the redline as a PDF to FILE.</source>
        <translation>将修订对照稿写入 PDF 文件 FILE。</translation>
    </message>
    <message>
        <source>In the HTML and PDF, one text with the deletions struck through and the insertions underlined, instead of the versions side by side.</source>
        <translation>HTML 和 PDF 中以单一文本合并显示（删除内容加删除线，新增内容加下划线），而不是两个版本并排。</translation>
    </message>
    <message>
        <source>The languages of the HTML and PDF: en, zh or both (default).</source>
        <translation>HTML 和 PDF 的语言：en、zh 或 both（默认）。</translation>
    </message>
    <message>
        <source>Leave out the obligations that did not change.</source>
        <translation>不列出未变更的义务。</translation>
    </message>
    <message>
        <source>%1 (%2) → %3 (%4)</source>
        <translation>%1（%2）→ %3（%4）</translation>
    </message>
    <message>
        <source>The %1 text prevails.</source>
        <translation>以%1文本为准。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1: reworded</source>
        <translation>%1：措辞有改动</translation>
    </message>
    <message>
        <source>Obligations: %1 added, %2 removed, %3 changed, %4 unchanged</source>
        <translation>义务：新增 %1 项，删除 %2 项，变更 %3 项，未变 %4 项</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s) flagged for re-review</source>
        <translation>
            <numerusform>%1：%n 行标记为需重新审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>A development (its id or number); A@2025-10-20T08:15 is A as it was then.</source>
        <translation>一项动态（其 id 或编号）；A@2025-10-20T08:15 表示 A 在该时刻的状态。</translation>
    </message>
    <message>
        <source>The later version (default: the version A replaces or that replaces A; for A@TIME, A as it is now).</source>
        <translation>较新的版本（默认：A 所替代的版本或替代 A 的版本；对于 A@TIME，为 A 的当前状态）。</translation>
    </message>
    <message>
        <source>compare needs one or two developments: A, or A and B.</source>
        <translation>compare 需要一项或两项动态：A，或 A 和 B。</translation>
    </message>
    <message>
        <source>--content takes en, zh or both.</source>
        <translation>--content 的取值为 en、zh 或 both。</translation>
    </message>
</context>
<context>
    <name>rt::app::DatabaseVerbs</name>
    <message>
        <source>generate needs --developments N and --companies M.</source>
        <translation>generate 需要 --developments N 和 --companies M。</translation>
    </message>
    <message>
        <source>--developments, --companies and --seed take whole numbers of at least 0.</source>
        <translation>--developments、--companies 和 --seed 的值必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>Generating… %1%</source>
        <translation>正在生成…… %1%</translation>
    </message>
    <message>
        <source>Generated %1 developments and %2 companies in %3 s.</source>
        <translation>已生成 %1 条动态和 %2 家公司，用时 %3 秒。</translation>
    </message>
    <message>
        <source>Fill the new database with the demo data.</source>
        <translation>在新数据库中载入演示数据。</translation>
    </message>
    <message>
        <source>init needs --db PATH.</source>
        <translation>init 需要 --db PATH。</translation>
    </message>
    <message>
        <source>%1 already exists; init only creates new databases.</source>
        <translation>%1 已存在；init 只创建新数据库。</translation>
    </message>
    <message>
        <source>%1 already holds a database; init only creates new databases.</source>
        <translation>%1 中已有数据库；init 只创建新数据库。</translation>
    </message>
    <message>
        <source>Number of developments to add.</source>
        <translation>要添加的动态数量。</translation>
    </message>
    <message>
        <source>Number of companies to add.</source>
        <translation>要添加的公司数量。</translation>
    </message>
    <message>
        <source>Random seed (the same seed gives the same data).</source>
        <translation>随机种子（相同的种子生成相同的数据）。</translation>
    </message>
    <message>
        <source>Where to write the exchange file.</source>
        <translation>交换文件的写入位置。</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 需要且只需要一个 FILE。</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1……</translation>
    </message>
</context>
<context>
    <name>rt::app::DbCommand</name>
    <message>
        <source>Copying… %1%</source>
        <translation>正在复制… %1%</translation>
    </message>
    <message>
        <source>checksum ok</source>
        <translation>校验和一致</translation>
    </message>
    <message>
        <source>Copied %1 rows in %2 tables from %3 to %4 in %5 s.</source>
        <translation>已在 %5 秒内将 %2 张表中的 %1 行从 %3 复制到 %4。</translation>
    </message>
    <message>
        <source>The roles %1, %2 and %3 are ready on %4.</source>
        <translation>角色 %1、%2 和 %3 已在 %4 上就绪。</translation>
    </message>
    <message>
        <source>Editors may change only the assessments of the companies assigned to them.</source>
        <translation>编辑者只能更改分配给他们的公司的评估。</translation>
    </message>
    <message>
        <source>Engine: %1</source>
        <translation>引擎：%1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>地址：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>架构版本：%1</translation>
    </message>
    <message>
        <source>User: %1</source>
        <translation>用户：%1</translation>
    </message>
    <message>
        <source>Role: %1</source>
        <translation>角色：%1</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>各表行数：</translation>
    </message>
    <message>
        <source>Copy a whole database between SQLite files and PostgreSQL, set up the roles of a team database, or show what a database holds.</source>
        <translation>在 SQLite 文件与 PostgreSQL 之间复制整个数据库、设置团队数据库的角色，或显示数据库的内容概况。</translation>
    </message>
    <message>
        <source>The database: a file PATH or a postgresql:// address (default: your own).</source>
        <translation>数据库：文件 PATH 或 postgresql:// 地址（默认使用你自己的数据库）。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>输出 JSON。</translation>
    </message>
    <message>
        <source>copy: the database to copy, a file or a postgresql:// address.</source>
        <translation>copy：要复制的数据库，文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>copy: the new or empty database to copy into, a file or a postgresql:// address.</source>
        <translation>copy：复制到的新数据库或空数据库，文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>init-roles: editors may change only the assessments of the companies assigned to them.</source>
        <translation>init-roles：编辑者只能更改分配给他们的公司的评估。</translation>
    </message>
    <message>
        <source>copy, init-roles or info.</source>
        <translation>copy、init-roles 或 info。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>db needs a subcommand: copy, init-roles or info.</source>
        <translation>db 需要子命令：copy、init-roles 或 info。</translation>
    </message>
    <message>
        <source>Unknown subcommand “%1” of db (use copy, init-roles or info).</source>
        <translation>db 没有子命令“%1”（请使用 copy、init-roles 或 info）。</translation>
    </message>
    <message>
        <source>An option does not belong to db %1 (see regtracker db --help).</source>
        <translation>有选项不属于 db %1（参见 regtracker db --help）。</translation>
    </message>
    <message>
        <source>db copy needs --from and --to, each a file or a postgresql:// address.</source>
        <translation>db copy 需要 --from 和 --to，各为文件或 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>db init-roles needs --db with the postgresql:// address of the team database.</source>
        <translation>db init-roles 需要用 --db 指定团队数据库的 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>Cannot name the copy %1.</source>
        <translation>无法命名副本 %1。</translation>
    </message>
    <message>
        <source>Interface language: en, zh_CN, zh_TW or zh_HK.</source>
        <translation>界面语言：en、zh_CN、zh_TW 或 zh_HK。</translation>
    </message>
    <message>
        <source>Unknown language “%1” (use en, zh_CN, zh_TW or zh_HK).</source>
        <translation>未知的语言“%1”（请使用 en、zh_CN、zh_TW 或 zh_HK）。</translation>
    </message>
</context>
<context>
    <name>rt::app::Identity</name>
    <message>
        <source>Tracks regulatory developments and the obligations they create, per company, in English and Chinese.</source>
        <translation>追踪监管动态及其为各公司带来的义务，中英文对照。</translation>
    </message>
    <message>
        <source>Design, code, translation and data</source>
        <translation>设计、代码、翻译和数据</translation>
    </message>
    <message>
        <source>Windows, models and database access</source>
        <translation>窗口、模型和数据库访问</translation>
    </message>
    <message>
        <source>Highlighting of legal texts and notes</source>
        <translation>法律文本和备注的高亮显示</translation>
    </message>
    <message>
        <source>Application data for this dialog</source>
        <translation>本对话框中的应用程序信息</translation>
    </message>
    <message>
        <source>Due dates as iCalendar files</source>
        <translation>将截止日期导出为 iCalendar 文件</translation>
    </message>
</context>
<context>
    <name>rt::app::ImportCommand</name>
    <message numerus="yes">
        <source>%1: %n assessment(s) updated</source>
        <translation>
            <numerusform>%1：更新了 %n 项评估</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n unchanged</source>
        <translation>
            <numerusform>，%n 项未变</numerusform>
        </translation>
    </message>
    <message>
        <source> (dry run: nothing was written)</source>
        <translation>（试运行：未写入任何内容）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1, item %2 (line %3): %4</source>
        <translation>%1，第 %2 条（第 %3 行）：%4</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n development(s) read</source>
        <translation>
            <numerusform>%1：读取了 %n 条动态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n added</source>
        <translation>
            <numerusform>新增 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the database</source>
        <translation>
            <numerusform>%n 条已在数据库中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n candidate obligation(s) written</source>
        <translation>
            <numerusform>写入 %n 项候选义务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) marked for re-review</source>
        <translation>
            <numerusform>%n 项评估标记为需重新审核</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：未写入任何内容。</translation>
    </message>
    <message>
        <source>The year of dates that give none (default: from the file).</source>
        <translation>未写年份的日期所属的年份（默认：取自文件）。</translation>
    </message>
    <message>
        <source>Check everything, write nothing.</source>
        <translation>全部检查，但不写入任何内容。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 需要且只需要一个 FILE。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025.</source>
        <translation>--year 的取值为年份，例如 2025。</translation>
    </message>
    <message numerus="yes">
        <source>%n authority(ies) added from the catalogue</source>
        <translation>
            <numerusform>从机关目录添加了 %n 个机关</numerusform>
        </translation>
    </message>
    <message>
        <source>The file format: auto (by content), newsletter, html, pdf, email, rss, json or csv.</source>
        <translation>文件格式：auto（按内容识别）、newsletter、html、pdf、email、rss、json 或 csv。</translation>
    </message>
    <message>
        <source>The publication the items come from (default: the document&apos;s title, else the file name).</source>
        <translation>条目所属的出版物（默认：文档标题，没有时取文件名）。</translation>
    </message>
    <message>
        <source>The newsletter (text, web page, PDF or e-mail), feed, CSV or exchange file to import.</source>
        <translation>要导入的简报（文本、网页、PDF 或电子邮件）、订阅源、CSV 或交换文件。</translation>
    </message>
    <message>
        <source>--format takes auto, newsletter, html, pdf, email, rss, json or csv, not “%1”.</source>
        <translation>--format 的取值为 auto、newsletter、html、pdf、email、rss、json 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>Read FILE even when it is a named pipe (FIFO), until its writer closes it.</source>
        <translation>即使 FILE 是命名管道（FIFO）也读取，直到写入方关闭它。</translation>
    </message>
    <message>
        <source>With --allow-pipe: give up when the pipe stays silent this many seconds (default: 30).</source>
        <translation>与 --allow-pipe 一起使用：管道持续这么多秒没有数据时放弃（默认：30）。</translation>
    </message>
    <message>
        <source>--pipe-timeout takes a number of seconds from 1 to 3600.</source>
        <translation>--pipe-timeout 的值必须是 1 到 3600 之间的秒数。</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing to write: each of its %n item(s) was left out (see the warnings).</source>
        <translation>
            <numerusform>%1：没有可写入的内容：其中的 %n 个条目均被略过（见警告）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1……</translation>
    </message>
</context>
<context>
    <name>rt::app::LibraryVerbs</name>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Searched for: %1</source>
        <translation>检索词：%1</translation>
    </message>
    <message>
        <source>%1 of %2 matches shown (--limit).</source>
        <translation>共 %2 条匹配，显示 %1 条（--limit）。</translation>
    </message>
    <message>
        <source>%1/%2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>Show at most N results.</source>
        <translation>最多显示 N 条结果。</translation>
    </message>
    <message>
        <source>What to search for.</source>
        <translation>要检索的内容。</translation>
    </message>
    <message>
        <source>search needs the TEXT to search for (quote it when it has spaces).</source>
        <translation>search 需要检索内容 TEXT（含空格时请加引号）。</translation>
    </message>
    <message>
        <source>--limit takes a whole number of at least 1.</source>
        <translation>--limit 须为不小于 1 的整数。</translation>
    </message>
    <message>
        <source>Related terms, ranked after the exact matches: %1</source>
        <translation>相关词语（排在精确匹配之后）：%1</translation>
    </message>
</context>
<context>
    <name>rt::app::OutputFile</name>
    <message>
        <source>The output file has no name.</source>
        <translation>输出文件没有名称。</translation>
    </message>
    <message>
        <source>%1 is the database RegTracker has open: choose another file to write.</source>
        <translation>%1 是 RegTracker 正在打开的数据库：请选择另一个文件写入。</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a folder, a device or a pipe): choose a file to write.</source>
        <translation>%1 不是普通文件（而是文件夹、设备或管道）：请选择一个文件写入。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database: RegTracker does not write over databases.</source>
        <translation>%1 是 SQLite 数据库：RegTracker 不会覆盖数据库。</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>无法写入标准输出：%1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rt::app::ProgressLine</name>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
</context>
<context>
    <name>rt::app::ReportVerbs</name>
    <message>
        <source>The company: its id, uid or name.</source>
        <translation>公司：其 id、uid 或名称。</translation>
    </message>
    <message>
        <source>Where to write the file.</source>
        <translation>文件的写入位置。</translation>
    </message>
    <message>
        <source>%1 needs --company NAME_OR_ID and --out FILE.</source>
        <translation>%1 需要 --company NAME_OR_ID 和 --out FILE。</translation>
    </message>
    <message>
        <source>There is no company “%1” (regtracker companies lists them).</source>
        <translation>不存在公司“%1”（可用 regtracker companies 列出所有公司）。</translation>
    </message>
    <message>
        <source>The file format: pdf or csv.</source>
        <translation>文件格式：pdf 或 csv。</translation>
    </message>
    <message>
        <source>Group the checklist by development or by topic.</source>
        <translation>合规清单按动态或按主题分组。</translation>
    </message>
    <message>
        <source>--format takes pdf or csv.</source>
        <translation>--format 的值必须是 pdf 或 csv。</translation>
    </message>
    <message>
        <source>--group takes development or topic.</source>
        <translation>--group 的值必须是 development 或 topic。</translation>
    </message>
    <message>
        <source>Write CSV cells as they are, even those a spreadsheet would run as a formula (=, +, -, @); by default they begin with an apostrophe.</source>
        <translation>按原样写入 CSV 单元格，包括电子表格会当作公式执行的内容（以 =、+、-、@ 开头）；默认在这类单元格前加撇号。</translation>
    </message>
    <message>
        <source>How Chinese content is written: simplified (as stored), or tw or hk (Traditional characters of Taiwan or Hong Kong). Default: as the window shows it.</source>
        <translation>中文内容的字形：simplified（按存储的简体），或 tw、hk（台湾或香港标准的繁体字）。默认与窗口中的显示方式相同。</translation>
    </message>
    <message>
        <source>--chinese takes simplified, tw or hk.</source>
        <translation>--chinese 的取值为 simplified、tw 或 hk。</translation>
    </message>
</context>
<context>
    <name>rt::app::WindowVerbs</name>
    <message>
        <source>Window size in pixels.</source>
        <translation>窗口尺寸（像素）。</translation>
    </message>
    <message>
        <source>How developments read: en, zh or both (side by side). Default: the interface language.</source>
        <translation>动态的显示语言：en、zh 或 both（中英对照）。默认与界面语言相同。</translation>
    </message>
    <message>
        <source>Search the developments for TEXT first, as if typed into the search box.</source>
        <translation>先按 TEXT 检索动态，如同在搜索框中输入。</translation>
    </message>
    <message>
        <source>Use a dark colour scheme.</source>
        <translation>使用深色配色方案。</translation>
    </message>
    <message>
        <source>The file the import view reads.</source>
        <translation>导入视图读取的文件。</translation>
    </message>
    <message>
        <source>Show the window as a user of ROLE sees it in a team database: %1.</source>
        <translation>按团队数据库中 ROLE 角色用户所见的样子显示窗口：%1。</translation>
    </message>
    <message>
        <source>The view to render: %1.</source>
        <translation>要渲染的视图：%1。</translation>
    </message>
    <message>
        <source>Where to write the picture.</source>
        <translation>图片的写入位置。</translation>
    </message>
    <message>
        <source>shot needs a VIEW and an OUT.png.</source>
        <translation>shot 需要一个 VIEW 和一个 OUT.png。</translation>
    </message>
    <message>
        <source>--size takes WIDTHxHEIGHT in pixels, such as 1400x900.</source>
        <translation>--size 的格式为“宽x高”（像素），例如 1400x900。</translation>
    </message>
    <message>
        <source>Unknown view “%1” (views: %2).</source>
        <translation>未知的视图“%1”（可用视图：%2）。</translation>
    </message>
    <message>
        <source>--content takes en, zh or both.</source>
        <translation>--content 的取值为 en、zh 或 both。</translation>
    </message>
    <message>
        <source>A database to open, or a file to import into the database.</source>
        <translation>要打开的数据库，或要导入数据库的文件。</translation>
    </message>
    <message>
        <source>Name one database or file to open (got %1).</source>
        <translation>请只指定一个要打开的数据库或文件（收到 %1 个）。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>Chinese content in simplified characters (as stored), or converted to the Traditional characters of Taiwan (tw) or Hong Kong (hk).</source>
        <translation>中文内容使用简体字（按存储原样，simplified），或转换为台湾（tw）或香港（hk）标准的繁体字。</translation>
    </message>
    <message>
        <source>--chinese takes simplified, tw or hk.</source>
        <translation>--chinese 的取值为 simplified、tw 或 hk。</translation>
    </message>
    <message>
        <source>Take the picture as soon as the window first shows its developments, as on starting, before the facet counts and the rest arrive.</source>
        <translation>窗口首次显示动态时即刻截图（如同启动时），不等待分面计数等其余内容。</translation>
    </message>
    <message>
        <source>Use a high-contrast colour scheme: white on black.</source>
        <translation>使用高对比度配色方案：黑底白字。</translation>
    </message>
</context>
<context>
    <name>rt::core::Agenda</name>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>本周</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>下周</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>以后</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Submit comments by</source>
        <translation>意见提交截止</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Obligation takes effect</source>
        <translation>义务生效</translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) overdue</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::core::AgendaModel</name>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>%1 起</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>When</source>
        <translation>距今</translation>
    </message>
    <message>
        <source>What</source>
        <translation>事项</translation>
    </message>
    <message>
        <source>Obligation or development</source>
        <translation>义务或动态</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>rt::core::AnnouncedDate</name>
    <message>
        <source>about %1</source>
        <translation>约%1</translation>
    </message>
    <message>
        <source>≈ %1</source>
        <translation>约%1</translation>
    </message>
</context>
<context>
    <name>rt::core::AssessmentImport</name>
    <message>
        <source>no company is given.</source>
        <translation>未填写公司。</translation>
    </message>
    <message>
        <source>no obligation is given.</source>
        <translation>未填写义务。</translation>
    </message>
    <message>
        <source>“%1” is not a status (%2).</source>
        <translation>“%1”不是状态（%2）。</translation>
    </message>
    <message>
        <source>“%1” is not a result (%2).</source>
        <translation>“%1”不是评估结果（%2）。</translation>
    </message>
    <message>
        <source>%1, line %2: there is no company “%3” (give its identifier or its name).</source>
        <translation>%1 第 %2 行：没有公司“%3”（请给出其标识符或名称）。</translation>
    </message>
    <message>
        <source>%1, line %2: there is no obligation “%3”.</source>
        <translation>%1 第 %2 行：没有义务“%3”。</translation>
    </message>
</context>
<context>
    <name>rt::core::AssessmentService</name>
    <message>
        <source>The checklist row no longer exists: its company or its obligation was deleted.</source>
        <translation>该清单条目已不存在：其所属公司或义务已被删除。</translation>
    </message>
    <message>
        <source>Somebody else changed this checklist row (now version %1, you edited version %2%3).</source>
        <translation>其他人已修改了该清单条目（当前为版本 %1，你编辑的是版本 %2%3）。</translation>
    </message>
    <message>
        <source>, last changed by %1</source>
        <translation>，最后修改人：%1</translation>
    </message>
    <message>
        <source>An obligation can only be marked not applicable with a justification.</source>
        <translation>将义务标记为不适用时，必须说明理由。</translation>
    </message>
    <message>
        <source>“%1” is %2, more than the %3 allowed for one attachment.</source>
        <translation>“%1”的大小为 %2，超过了单个附件 %3 的上限。</translation>
    </message>
    <message>
        <source>Evidence needs a file or a note.</source>
        <translation>证据须包含文件或备注。</translation>
    </message>
    <message>
        <source>The checklist row of this evidence no longer exists.</source>
        <translation>该证据所属的清单条目已不存在。</translation>
    </message>
    <message>
        <source>The attachment no longer exists.</source>
        <translation>该附件已不存在。</translation>
    </message>
    <message>
        <source>Somebody else changed this checklist row after this step (last changed by %1, %2).</source>
        <translation>在此步骤之后，其他人又修改了该清单条目（最后修改人：%1，%2）。</translation>
    </message>
    <message>
        <source>The team database does not let you change the checklist of %1: it is not one of the companies assigned to you. Ask an administrator to assign it to you.</source>
        <translation>团队数据库不允许你更改 %1 的合规清单：它不在分配给你的公司之列。请管理员将其分配给你。</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>rt::core::AuthorityCatalogue</name>
    <message>
        <source>“%1” is not an authority code.</source>
        <translation>“%1”不是机关代码。</translation>
    </message>
    <message>
        <source>%1 needs an English and a Chinese name.</source>
        <translation>%1 需要英文名称和中文名称。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of authority.</source>
        <translation>“%1”不是机关类型。</translation>
    </message>
    <message>
        <source>“%1” is not a level.</source>
        <translation>“%1”不是层级。</translation>
    </message>
    <message>
        <source>the region “%1” does not fit a %2 authority.</source>
        <translation>地区“%1”与 %2 机关不符。</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1，第 %2 行：%3</translation>
    </message>
    <message>
        <source>expected %1 columns separated by tabs, found %2.</source>
        <translation>应有 %1 列（以制表符分隔），实有 %2 列。</translation>
    </message>
    <message>
        <source>the code %1 is used twice.</source>
        <translation>代码 %1 重复使用。</translation>
    </message>
    <message>
        <source>the name “%1” is used by %2 and %3.</source>
        <translation>名称“%1”同时被 %2 和 %3 使用。</translation>
    </message>
    <message>
        <source>the parent %1 of %2 is not in the catalogue.</source>
        <translation>%2 的上级机关 %1 不在目录中。</translation>
    </message>
    <message>
        <source>the parents of %1 form a cycle.</source>
        <translation>%1 的上级机关形成循环。</translation>
    </message>
</context>
<context>
    <name>rt::core::AuthorityMapLayout</name>
    <message>
        <source>State Council and ministries</source>
        <translation>国务院及部委</translation>
    </message>
    <message>
        <source>Regulators</source>
        <translation>监管部门</translation>
    </message>
    <message>
        <source>Standards bodies</source>
        <translation>标准化机构</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Industry associations</source>
        <translation>行业协会</translation>
    </message>
    <message>
        <source>International forums</source>
        <translation>国际论坛</translation>
    </message>
</context>
<context>
    <name>rt::core::AuthorityRepository</name>
    <message>
        <source>The parent authority %1 of %2 is not in the database.</source>
        <translation>%2 的上级机构 %1 不在数据库中。</translation>
    </message>
    <message>
        <source>Authority “%1”</source>
        <translation>机关“%1”</translation>
    </message>
</context>
<context>
    <name>rt::core::Backups</name>
    <message>
        <source>Cannot name the backup %1.</source>
        <translation>无法命名备份 %1。</translation>
    </message>
    <message>
        <source>A team database is backed up on its server, by its administrator.</source>
        <translation>团队数据库由其管理员在服务器上备份。</translation>
    </message>
    <message>
        <source>A change is being saved: back up again when it is done.</source>
        <translation>正在保存更改：请在保存完成后再备份。</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot back up %1: %2</source>
        <translation>无法备份 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a RegTracker backup: %2</source>
        <translation>%1 不是 RegTracker 备份：%2</translation>
    </message>
    <message>
        <source>Cannot copy %1 to %2.</source>
        <translation>无法将 %1 复制到 %2。</translation>
    </message>
    <message>
        <source>Cannot replace %1 with the backup.</source>
        <translation>无法用备份替换 %1。</translation>
    </message>
</context>
<context>
    <name>rt::core::ChangeFeed</name>
    <message>
        <source>Cannot listen for colleagues&apos; changes on %1: %2</source>
        <translation>无法在 %1 上接收同事的更改：%2</translation>
    </message>
</context>
<context>
    <name>rt::core::ChecklistModel</name>
    <message>
        <source>No topic</source>
        <translation>无主题</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 applicable obligations done, %n overdue</source>
        <translation>
            <numerusform>%2 项适用义务中已完成 %1 项，逾期 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Not applicable: %1</source>
        <translation>不适用：%1</translation>
    </message>
    <message numerus="yes">
        <source>Overdue by %n day(s)</source>
        <translation>
            <numerusform>已逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Last changed</source>
        <translation>最后修改</translation>
    </message>
    <message>
        <source>Needs re-review: a later version of the development changed this obligation.</source>
        <translation>需重新审核：该动态的较新版本变更了此项义务。</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <source>Has notes</source>
        <translation>有备注</translation>
    </message>
    <message>
        <source>No notes</source>
        <translation>无备注</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rt::core::ChecklistReport</name>
    <message>
        <source>Group</source>
        <translation>分组</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Last changed by</source>
        <translation>最后修改人</translation>
    </message>
    <message>
        <source>Last changed at</source>
        <translation>最后修改时间</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>不适用理由</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Chinese text converted to Traditional characters (Taiwan standard) for reading; the stored Simplified text prevails.</source>
        <translation>中文文本已转换为繁体字（台湾标准）以便阅读；以存储的简体文本为准。</translation>
    </message>
    <message>
        <source>Chinese text converted to Traditional characters (Hong Kong standard) for reading; the stored Simplified text prevails.</source>
        <translation>中文文本已转换为繁体字（香港标准）以便阅读；以存储的简体文本为准。</translation>
    </message>
</context>
<context>
    <name>rt::core::CompanyMatrixModel</name>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 — %2: no obligation applies</source>
        <translation>%1 — %2：无适用义务</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2: %3 of %4 done, %n overdue</source>
        <translation>
            <numerusform>%1 — %2：已完成 %3 / %4，逾期 %n 项</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::core::CompanyRepository</name>
    <message>
        <source>Unknown tag “%1”.</source>
        <translation>未知的标签“%1”。</translation>
    </message>
    <message>
        <source>Unknown company “%1”.</source>
        <translation>未知的公司“%1”。</translation>
    </message>
    <message>
        <source>Unknown obligation “%1”.</source>
        <translation>未知的义务“%1”。</translation>
    </message>
    <message>
        <source>The company no longer exists.</source>
        <translation>该公司已不存在。</translation>
    </message>
    <message>
        <source>the owner of an assessment</source>
        <translation>评估的负责人</translation>
    </message>
    <message>
        <source>the notes of an assessment</source>
        <translation>评估的备注</translation>
    </message>
    <message>
        <source>the justification of an assessment</source>
        <translation>评估的理由</translation>
    </message>
</context>
<context>
    <name>rt::core::CompanyService</name>
    <message>
        <source>The company needs a name in English or Chinese.</source>
        <translation>公司需要英文或中文名称。</translation>
    </message>
    <message>
        <source>Unknown sector tag “%1”.</source>
        <translation>未知的行业标签“%1”。</translation>
    </message>
    <message>
        <source>“%1” is not a region code such as CN-SH.</source>
        <translation>“%1”不是地区代码（如 CN-SH）。</translation>
    </message>
    <message>
        <source>Another company already has the identifier “%1”.</source>
        <translation>已有其他公司使用标识“%1”。</translation>
    </message>
    <message>
        <source>A company with the identifier “%1” exists again; the deleted one cannot be restored.</source>
        <translation>已有另一家公司使用标识“%1”，无法恢复已删除的公司。</translation>
    </message>
</context>
<context>
    <name>rt::core::CsvColumnMapping</name>
    <message>
        <source> or </source>
        <translation>或</translation>
    </message>
    <message>
        <source>Identifier</source>
        <translation>标识</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Issuing authorities</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Comment deadline</source>
        <translation>意见截止</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>摘要（英文）</translation>
    </message>
    <message>
        <source>Summary (Chinese)</source>
        <translation>摘要（中文）</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Source publication</source>
        <translation>来源出版物</translation>
    </message>
    <message>
        <source>Item number</source>
        <translation>条目编号</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>No column is chosen for “%1”.</source>
        <translation>没有为“%1”选择列。</translation>
    </message>
    <message>
        <source>Column %1 is chosen for both “%2” and “%3”.</source>
        <translation>第 %1 列同时被选作“%2”和“%3”。</translation>
    </message>
</context>
<context>
    <name>rt::core::CsvImport</name>
    <message>
        <source>%1, line %2, column “%3”: %4</source>
        <translation>%1，第 %2 行“%3”列：%4</translation>
    </message>
    <message>
        <source>“%1” is not a date (write it as 2025-09-15, 2025/9/15, 2025年9月15日 or 15 September 2025).</source>
        <translation>“%1”不是日期（请写成 2025-09-15、2025/9/15、2025年9月15日 或 15 September 2025）。</translation>
    </message>
    <message>
        <source>The columns are chosen for developments, not for assessments.</source>
        <translation>所选的列适用于动态，而不是评估。</translation>
    </message>
    <message>
        <source>The columns are chosen for assessments, not for developments.</source>
        <translation>所选的列适用于评估，而不是动态。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No title found.</source>
        <translation>未找到标题。</translation>
    </message>
    <message>
        <source>The issuing authority “%1” is not in the database.</source>
        <translation>发布机关“%1”不在数据库中。</translation>
    </message>
    <message>
        <source>“%1” is not a kind of development (%2).</source>
        <translation>“%1”不是动态类型（%2）。</translation>
    </message>
    <message>
        <source>“%1” is not a stage (%2).</source>
        <translation>“%1”不是阶段（%2）。</translation>
    </message>
    <message>
        <source>No date found.</source>
        <translation>未找到日期。</translation>
    </message>
    <message>
        <source>“%1” is not an item number.</source>
        <translation>“%1”不是条目编号。</translation>
    </message>
</context>
<context>
    <name>rt::core::CsvReader</name>
    <message>
        <source>%1, line %2: column %3 of the header has no name.</source>
        <translation>%1，第 %2 行：表头第 %3 列没有名称。</translation>
    </message>
    <message>
        <source>%1: line %2 has %3 fields; the header has %4.</source>
        <translation>%1：第 %2 行有 %3 个字段，而表头有 %4 个。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field starts here and is never closed.</source>
        <translation>%1，第 %2 行：带引号的字段从此处开始，但没有结束引号。</translation>
    </message>
    <message>
        <source>%1, line %2: a quoted field is followed by “%3” instead of a separator.</source>
        <translation>%1，第 %2 行：带引号的字段后面是“%3”，而不是分隔符。</translation>
    </message>
    <message>
        <source>%1 has no header line.</source>
        <translation>%1 没有表头行。</translation>
    </message>
</context>
<context>
    <name>rt::core::Database</name>
    <message>
        <source>The database file %1 does not exist.</source>
        <translation>数据库文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1 is not a database file.</source>
        <translation>%1 不是数据库文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot open the database %1: %2</source>
        <translation>无法打开数据库 %1：%2</translation>
    </message>
    <message>
        <source>Cannot read %1 as a RegTracker database: %2</source>
        <translation>无法将 %1 作为 RegTracker 数据库读取：%2</translation>
    </message>
    <message>
        <source>The database refused a statement: %1 (%2)</source>
        <translation>数据库拒绝执行语句：%1（%2）</translation>
    </message>
    <message>
        <source>Cannot start a transaction: %1</source>
        <translation>无法开始事务：%1</translation>
    </message>
    <message>
        <source>Cannot commit the transaction: %1</source>
        <translation>无法提交事务：%1</translation>
    </message>
    <message>
        <source>The server refused the user name or password. Check them, or ask the database administrator for an account.</source>
        <translation>服务器拒绝了该用户名或密码。请检查，或向数据库管理员申请账户。</translation>
    </message>
    <message>
        <source>The server has no database of that name. Check the name, or ask the database administrator to create it.</source>
        <translation>服务器上没有该名称的数据库。请检查名称，或请数据库管理员创建。</translation>
    </message>
    <message>
        <source>The server has no user of that name. Ask the database administrator for an account.</source>
        <translation>服务器上没有该名称的用户。请向数据库管理员申请账户。</translation>
    </message>
    <message>
        <source>The server did not answer. Check the host name and port, the network, and that the server is running.</source>
        <translation>服务器没有响应。请检查主机名和端口、网络，以及服务器是否正在运行。</translation>
    </message>
    <message>
        <source>The secure connection failed. Check the TLS mode the server expects.</source>
        <translation>安全连接失败。请检查服务器要求的 TLS 模式。</translation>
    </message>
    <message>
        <source>Cannot connect to the team database %1.</source>
        <translation>无法连接团队数据库 %1。</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>服务器返回：%1</translation>
    </message>
    <message>
        <source>The connection to the team database %1 was lost, and this change was not saved. Try again: RegTracker connects anew.</source>
        <translation>与团队数据库 %1 的连接已断开，此更改未保存。请重试：RegTracker 会重新连接。</translation>
    </message>
    <message>
        <source>%1 is not a RegTracker database: it is not an SQLite database file.</source>
        <translation>%1 不是 RegTracker 数据库：它不是 SQLite 数据库文件。</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite cannot read it (%2).</source>
        <translation>%1 已损坏：SQLite 无法读取（%2）。</translation>
    </message>
    <message>
        <source>Part of this change failed, so none of it was saved.</source>
        <translation>这项更改有一部分未能完成，因此全部未保存。</translation>
    </message>
</context>
<context>
    <name>rt::core::DatabaseAddress</name>
    <message>
        <source>%1 is neither a file nor a postgresql:// address.</source>
        <translation>%1 既不是文件，也不是 postgresql:// 地址。</translation>
    </message>
    <message>
        <source>The database address %1 is not valid: %2</source>
        <translation>数据库地址 %1 无效：%2</translation>
    </message>
    <message>
        <source>The database address %1 has an invalid port: %2</source>
        <translation>数据库地址 %1 的端口无效：%2</translation>
    </message>
    <message>
        <source>The database address %1 has an unknown sslmode %2 (use one of %3).</source>
        <translation>数据库地址 %1 的 sslmode %2 无法识别（可用值：%3）。</translation>
    </message>
    <message>
        <source>The database address %1 has an invalid connect_timeout: %2</source>
        <translation>数据库地址 %1 的 connect_timeout 无效：%2</translation>
    </message>
    <message>
        <source>The database address %1 has an unknown parameter %2.</source>
        <translation>数据库地址 %1 含有无法识别的参数 %2。</translation>
    </message>
    <message>
        <source>The database address %1 names no database (postgresql://user@host/DATABASE).</source>
        <translation>数据库地址 %1 未指定数据库（postgresql://user@host/DATABASE）。</translation>
    </message>
</context>
<context>
    <name>rt::core::DatabaseCopy</name>
    <message>
        <source>The tables of %1 refer to each other in a circle, so they cannot be copied one after another.</source>
        <translation>%1 中的数据表相互循环引用，无法逐表复制。</translation>
    </message>
    <message>
        <source>Cannot read the table %1 of %2: %3</source>
        <translation>无法读取 %2 中的数据表 %1：%3</translation>
    </message>
    <message>
        <source>%1 has schema version %2 but %3 has version %4; a copy needs the same version on both sides. Open the older one with this version of RegTracker first.</source>
        <translation>%1 的架构版本为 %2，而 %3 为 %4；复制要求两边版本相同。请先用此版本的 RegTracker 打开较旧的那个数据库。</translation>
    </message>
    <message>
        <source>%1 already holds data (the table %2 is not empty). Copy into a new, empty database.</source>
        <translation>%1 中已有数据（数据表 %2 不为空）。请复制到新的空数据库。</translation>
    </message>
    <message>
        <source>The table %1 differs between %2 and %3, although both have schema version %4.</source>
        <translation>%2 与 %3 的架构版本同为 %4，但数据表 %1 的结构不同。</translation>
    </message>
    <message>
        <source>Cannot copy into %1: only the owner of its tables may copy into it (%2).</source>
        <translation>无法复制到 %1：只有其数据表的所有者才能向其中复制（%2）。</translation>
    </message>
    <message>
        <source>The copy was cancelled; nothing was written to %1.</source>
        <translation>复制已取消；未向 %1 写入任何内容。</translation>
    </message>
    <message>
        <source>The copy of the table %1 in %2 differs from the original (%3 rows instead of %4, checksum %5 instead of %6); nothing was written.</source>
        <translation>%2 中数据表 %1 的副本与原表不一致（%3 行而非 %4 行，校验和 %5 而非 %6）；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>rt::core::DatabaseLocation</name>
    <message>
        <source>%1 already exists; a new database needs a new file.</source>
        <translation>%1 已存在；新数据库需要一个新文件。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>无法创建 %1。</translation>
    </message>
    <message>
        <source>You have no database yet. Start RegTracker to make one, or run “regtracker init --db FILE” (add --demo for the example data) and name it with --db.</source>
        <translation>您还没有数据库。请启动 RegTracker 创建一个，或运行“regtracker init --db 文件”（加上 --demo 可载入示例数据），之后用 --db 指定它。</translation>
    </message>
</context>
<context>
    <name>rt::core::DevelopmentRepository</name>
    <message>
        <source>Unknown authority “%1”.</source>
        <translation>未知的机构“%1”。</translation>
    </message>
    <message>
        <source>Unknown topic “%1”.</source>
        <translation>未知的主题“%1”。</translation>
    </message>
    <message>
        <source>Unknown tag “%1”.</source>
        <translation>未知的标签“%1”。</translation>
    </message>
    <message>
        <source>The development %1 replaces %2, which is not in the database.</source>
        <translation>动态 %1 取代 %2，但后者不在数据库中。</translation>
    </message>
</context>
<context>
    <name>rt::core::DevelopmentService</name>
    <message>
        <source>The development needs a title in English or Chinese.</source>
        <translation>动态需要英文或中文标题。</translation>
    </message>
    <message>
        <source>The development needs at least one issuing authority.</source>
        <translation>动态至少需要一个发布机构。</translation>
    </message>
    <message>
        <source>The development needs an announcement date.</source>
        <translation>动态需要发布日期。</translation>
    </message>
    <message>
        <source>The comment deadline is before the announcement date.</source>
        <translation>意见反馈截止日期早于发布日期。</translation>
    </message>
    <message>
        <source>Obligation %1 has no text.</source>
        <translation>义务 %1 没有内容。</translation>
    </message>
    <message>
        <source>A parameter of obligation %1 has no value.</source>
        <translation>义务 %1 的某个参数没有取值。</translation>
    </message>
    <message>
        <source>A penalty amount is negative.</source>
        <translation>处罚金额为负数。</translation>
    </message>
    <message>
        <source>A development with the id “%1” already exists.</source>
        <translation>标识为“%1”的动态已存在。</translation>
    </message>
    <message>
        <source>The development was deleted in the meantime.</source>
        <translation>该动态已在此期间被删除。</translation>
    </message>
    <message>
        <source>Somebody else changed this development in the meantime (version %1 is stored, the edit started from version %2). Reload it and try again.</source>
        <translation>其他人已在此期间修改了该动态（已保存的是版本 %1，本次编辑基于版本 %2）。请重新载入后再试。</translation>
    </message>
    <message>
        <source>There is no development with the id “%1”.</source>
        <translation>没有标识为“%1”的动态。</translation>
    </message>
    <message>
        <source>%1 cannot replace %2: %2 is already a later version of %1.</source>
        <translation>%1 不能取代 %2：%2 已是 %1 的后续版本。</translation>
    </message>
    <message>
        <source>The approximate announcement date ends before it begins.</source>
        <translation>近似发布日期的结束早于开始。</translation>
    </message>
    <message>
        <source>%1 cannot replace %2: %3 already does.</source>
        <translation>%1 不能替代 %2：%3 已替代它。</translation>
    </message>
</context>
<context>
    <name>rt::core::DevelopmentTableModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
</context>
<context>
    <name>rt::core::Digest</name>
    <message>
        <source>RegTracker digest, %1 to %2</source>
        <translation>RegTracker 摘要：%1 至 %2</translation>
    </message>
    <message>
        <source>New developments (%1)</source>
        <translation>新增动态（%1）</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Key dates</source>
        <translation>关键日期</translation>
    </message>
    <message>
        <source>comments by %1</source>
        <translation>%1 前提交意见</translation>
    </message>
    <message>
        <source>effective %1</source>
        <translation>%1 生效</translation>
    </message>
    <message>
        <source>New obligations per company (%1)</source>
        <translation>各公司新增义务（%1）</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Flagged for re-review (%1)</source>
        <translation>标记为需复核（%1）</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>标记日期</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Fell due (%1)</source>
        <translation>已到期（%1）</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Became overdue (%1)</source>
        <translation>新近逾期（%1）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>公司：%1</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>所有公司</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>Made by RegTracker on %1</source>
        <translation>由 RegTracker 于 %1 生成</translation>
    </message>
    <message>
        <source>Nothing.</source>
        <translation>无。</translation>
    </message>
</context>
<context>
    <name>rt::core::ExchangeFormat</name>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1：%2：%3</translation>
    </message>
    <message>
        <source>unknown key “%1”</source>
        <translation>未知的键“%1”</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>应为对象</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>为必填项</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>应为数组</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>应为字符串</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>“%1” is not a valid code (letters, digits, “_”, “-”, “.” and “/”)</source>
        <translation>“%1”不是有效的代码（只能包含字母、数字、“_”、“-”、“.”和“/”）</translation>
    </message>
    <message>
        <source>expected a non-empty string</source>
        <translation>应为非空字符串</translation>
    </message>
    <message>
        <source>needs at least one entry</source>
        <translation>至少需要一项</translation>
    </message>
    <message>
        <source>“%1” is not a region code such as CN or CN-BJ</source>
        <translation>“%1”不是地区代码（如 CN 或 CN-BJ）</translation>
    </message>
    <message>
        <source>needs an English or a Chinese text</source>
        <translation>需要英文或中文文本</translation>
    </message>
    <message>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1”不是日期（YYYY-MM-DD）</translation>
    </message>
    <message>
        <source>unknown value “%1” (expected one of: %2)</source>
        <translation>未知的值“%1”（应为以下之一：%2）</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>应为 true 或 false</translation>
    </message>
    <message>
        <source>expected a number or a time of day (HH:MM)</source>
        <translation>应为数字或时刻（HH:MM）</translation>
    </message>
    <message>
        <source>the code “%1” appears twice</source>
        <translation>代码“%1”出现了两次</translation>
    </message>
    <message>
        <source>the comment deadline is before the announcement</source>
        <translation>意见反馈截止日期早于发布日期</translation>
    </message>
    <message>
        <source>expected a positive whole number</source>
        <translation>应为正整数</translation>
    </message>
    <message>
        <source>expected a number of at least 0</source>
        <translation>应为不小于 0 的数字</translation>
    </message>
    <message>
        <source>an obligation marked not applicable needs a justification</source>
        <translation>标记为不适用的义务需要说明理由</translation>
    </message>
    <message>
        <source>“%1” is not a timestamp (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>“%1”不是时间戳（YYYY-MM-DDTHH:MM:SSZ）</translation>
    </message>
    <message>
        <source>%1: not valid JSON at line %2, column %3: %4</source>
        <translation>%1：第 %2 行第 %3 列不是有效的 JSON：%4</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>应为 JSON 对象</translation>
    </message>
    <message>
        <source>is required and must be a number</source>
        <translation>为必填项，且必须是数字</translation>
    </message>
    <message>
        <source>version %1 of the exchange format is not supported (this RegTracker reads version %2)</source>
        <translation>不支持交换格式的版本 %1（当前 RegTracker 读取版本 %2）</translation>
    </message>
    <message>
        <source>the authority code “%1” appears twice</source>
        <translation>机构代码“%1”出现了两次</translation>
    </message>
    <message>
        <source>the development id “%1” appears twice</source>
        <translation>动态标识“%1”出现了两次</translation>
    </message>
    <message>
        <source>the obligation id “%1” appears twice</source>
        <translation>义务标识“%1”出现了两次</translation>
    </message>
    <message>
        <source>the company id “%1” appears twice</source>
        <translation>公司标识“%1”出现了两次</translation>
    </message>
    <message>
        <source>this is not a RegTracker exchange file (expected “format”: “regtracker-exchange”)</source>
        <translation>这不是 RegTracker 交换文件（应包含“format”: “regtracker-exchange”）</translation>
    </message>
    <message>
        <source>the approximate date ends before it begins</source>
        <translation>近似日期的结束早于开始</translation>
    </message>
    <message>
        <source>%1, line %2: a \u escape names half of a surrogate pair without the other half; that is no character.</source>
        <translation>%1 第 %2 行：\u 转义只给出代理对的一半，缺少另一半，不构成任何字符。</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1：无法读取：%2</translation>
    </message>
    <message>
        <source>%1, line %2: one value is larger than %3 MB; RegTracker reads records of up to %3 MB.</source>
        <translation>%1，第 %2 行：有一个值超过 %3 MB；RegTracker 读取的单条记录最大为 %3 MB。</translation>
    </message>
    <message>
        <source>%1: cancelled</source>
        <translation>%1：已取消</translation>
    </message>
</context>
<context>
    <name>rt::core::ExchangeImporter</name>
    <message>
        <source>The parent authority %1 of %2 is neither in the file nor in the database.</source>
        <translation>%2 的上级机构 %1 既不在文件中，也不在数据库中。</translation>
    </message>
    <message>
        <source>Development “%1”: %2</source>
        <translation>动态“%1”：%2</translation>
    </message>
    <message>
        <source>The developments %1 replace each other in a circle.</source>
        <translation>动态 %1 之间存在循环取代关系。</translation>
    </message>
    <message>
        <source>Company “%1”: %2</source>
        <translation>公司“%1”：%2</translation>
    </message>
    <message>
        <source>Assessment of %1 by %2: %3</source>
        <translation>%2 对 %1 的评估：%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>The authorities %1 are each other&apos;s parents in a circle.</source>
        <translation>机构 %1 互为上级，形成了循环。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rt::core::ExchangeWriter</name>
    <message>
        <source>Cannot write the exchange file: %1</source>
        <translation>无法写入交换文件：%1</translation>
    </message>
</context>
<context>
    <name>rt::core::FeedParser</name>
    <message>
        <source>the file has no XML element.</source>
        <translation>文件中没有 XML 元素。</translation>
    </message>
    <message>
        <source>this XML is neither an RSS 2.0 nor an Atom feed (its root element is &lt;%1&gt;).</source>
        <translation>此 XML 既不是 RSS 2.0 也不是 Atom 订阅源（其根元素为 &lt;%1&gt;）。</translation>
    </message>
    <message>
        <source>The feed has no entries.</source>
        <translation>订阅源中没有条目。</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: %4</source>
        <translation>%1，第 %2 行第 %3 列：%4</translation>
    </message>
    <message>
        <source>the feed is not well-formed XML: %1</source>
        <translation>订阅源不是格式正确的 XML：%1</translation>
    </message>
    <message>
        <source>No title found.</source>
        <translation>未找到标题。</translation>
    </message>
    <message>
        <source>The date “%1” could not be read.</source>
        <translation>无法读取日期“%1”。</translation>
    </message>
    <message>
        <source>No date found.</source>
        <translation>未找到日期。</translation>
    </message>
</context>
<context>
    <name>rt::core::Glossary</name>
    <message>
        <source>%1, line %2: a glossary entry needs English and Chinese terms separated by one tab.</source>
        <translation>%1 第 %2 行：术语表条目须包含以一个制表符分隔的英文和中文术语。</translation>
    </message>
    <message>
        <source>%1, line %2: a group of related terms needs a name and at least two terms, separated by tabs.</source>
        <translation>%1，第 %2 行：一组相关词语需要一个名称和至少两个词语，以制表符分隔。</translation>
    </message>
</context>
<context>
    <name>rt::core::HtmlText</name>
    <message>
        <source>%1: HTML elements are nested more than %2 levels deep; the file is refused.</source>
        <translation>%1：HTML 元素嵌套超过 %2 层；拒绝导入该文件。</translation>
    </message>
</context>
<context>
    <name>rt::core::ImportLexicon</name>
    <message>
        <source>%1, line %2: expected a code and up to %3 lists of words separated by tabs.</source>
        <translation>%1，第 %2 行：应为一个代码及最多 %3 组以制表符分隔的词语。</translation>
    </message>
</context>
<context>
    <name>rt::core::ImportReviewModel</name>
    <message>
        <source>New</source>
        <translation>新</translation>
    </message>
    <message>
        <source>Already in the database</source>
        <translation>已在数据库中</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已变更</translation>
    </message>
    <message>
        <source>Edit as codes separated by commas.</source>
        <translation>以逗号分隔的代码编辑。</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>已变更：%1</translation>
    </message>
    <message>
        <source>The least sure detection of this item: %1.</source>
        <translation>此条目中最不确定的识别结果：%1。</translation>
    </message>
    <message>
        <source>Detected with %1 confidence.</source>
        <translation>识别置信度 %1。</translation>
    </message>
    <message>
        <source>Detected as an obligation with %1 confidence.</source>
        <translation>识别为义务，置信度 %1。</translation>
    </message>
    <message>
        <source>There is no authority with the code “%1”.</source>
        <translation>没有代码为“%1”的机关。</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Title or obligation</source>
        <translation>标题或义务</translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Comments by</source>
        <translation>意见截止</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>置信度</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <comment>an authority added from the catalogue</comment>
        <translation>%1（新增）</translation>
    </message>
    <message>
        <source>%1 — from the catalogue, added with this item</source>
        <translation>%1——来自机关目录，随本条目一并添加</translation>
    </message>
    <message>
        <source>Approximate: the item gives no date of its own. Enter the exact date when you know it.</source>
        <translation>近似日期：该条目本身未注明日期。知道确切日期时请填写。</translation>
    </message>
    <message>
        <source>Matched by %1.</source>
        <translation>匹配依据：%1。</translation>
    </message>
</context>
<context>
    <name>rt::core::ImportService</name>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>机关</translation>
    </message>
    <message>
        <source>Several departments</source>
        <translation>多部门</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>%1 is an exchange file: it is imported as it is, without review.</source>
        <translation>%1 是交换文件：按原样导入，无需审核。</translation>
    </message>
    <message>
        <source>%1 lists assessments, not developments.</source>
        <translation>%1 列出的是评估，而不是动态。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Topic unknown: “%1” is not one of the database&apos;s topics.</source>
        <translation>主题未知：“%1”不是数据库中的主题。</translation>
    </message>
    <message>
        <source>%1 changed.</source>
        <translation>%1已变更。</translation>
    </message>
    <message>
        <source>Announced on %1, not %2.</source>
        <translation>发布日期为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>Not selected until completed: %1</source>
        <translation>补全之前不选中：%1</translation>
    </message>
    <message>
        <source>The final version of “%1”: its obligations are carried over, and assessments of obligations that changed are marked for re-review.</source>
        <translation>这是“%1”的正式版本：其义务将被沿用，已变更义务的评估将标记为需重新审核。</translation>
    </message>
    <message>
        <source>%1, item %2 (line %3): %4</source>
        <translation>%1，第 %2 条（第 %3 行）：%4</translation>
    </message>
    <message>
        <source>%1, item %2: the development it matched (%3) is no longer in the database.</source>
        <translation>%1，第 %2 条：与之匹配的动态（%3）已不在数据库中。</translation>
    </message>
    <message>
        <source>An authority needs a code and a name.</source>
        <translation>机关需要代码和名称。</translation>
    </message>
    <message>
        <source>An authority with the code “%1” already exists.</source>
        <translation>代码为“%1”的机关已存在。</translation>
    </message>
    <message>
        <source>same document %1</source>
        <translation>同一文件 %1</translation>
    </message>
    <message>
        <source>same issuer and date, %1% similar text</source>
        <translation>同一发布机关和日期，文本相似度 %1%</translation>
    </message>
    <message>
        <source>same issuer, %1% similar text</source>
        <translation>同一发布机关，文本相似度 %1%</translation>
    </message>
    <message>
        <source>same date, %1% similar text</source>
        <translation>同一日期，文本相似度 %1%</translation>
    </message>
    <message>
        <source>Announced on %1, which narrows the approximate date.</source>
        <translation>发布日期为 %1，使近似日期更为确切。</translation>
    </message>
    <message>
        <source>Comments due by %1, not %2.</source>
        <translation>意见反馈截止日期为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Effective on %1, not %2.</source>
        <translation>生效日期为 %1，而不是 %2。</translation>
    </message>
    <message>
        <source>same link</source>
        <translation>同一链接</translation>
    </message>
    <message>
        <source>item %1 of “%2”, imported before</source>
        <translation>曾导入的“%2”第 %1 条</translation>
    </message>
    <message>
        <source>%1 is not text: it is read from its file.</source>
        <translation>%1 不是文本：需从文件读取。</translation>
    </message>
</context>
<context>
    <name>rt::core::InputFile</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file.</source>
        <translation>%1 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>%1 is a device, not a file; RegTracker imports only regular files.</source>
        <translation>%1 是设备，不是文件；RegTracker 只导入普通文件。</translation>
    </message>
    <message>
        <source>%1 is a named pipe, not a regular file; a pipe is read only when the import is asked to read one.</source>
        <translation>%1 是命名管道，不是普通文件；只有在明确要求导入读取管道时才会读取。</translation>
    </message>
    <message>
        <source>%1 is not a regular file; RegTracker imports only regular files.</source>
        <translation>%1 不是普通文件；RegTracker 只导入普通文件。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; RegTracker imports files of up to %2 MB.</source>
        <translation>%1 大于 %2 MB；RegTracker 只导入不超过 %2 MB 的文件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; RegTracker imports files of up to %3 MB.</source>
        <translation>%1 大小为 %2 MB；RegTracker 只导入不超过 %3 MB 的文件。</translation>
    </message>
    <message numerus="yes">
        <source>%1: nothing came through the pipe for %n second(s); the import gives up.</source>
        <translation>
            <numerusform>%1：管道 %n 秒内没有任何数据；导入放弃。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rt::core::ItemAnalyzer</name>
    <message>
        <source>Authority unknown: “%1” is not in the database. Add it?</source>
        <translation>机关未知：“%1”不在数据库中。要添加吗？</translation>
    </message>
    <message>
        <source>No issuing authority found.</source>
        <translation>未找到发布机关。</translation>
    </message>
    <message>
        <source>No date found: enter the date it was announced.</source>
        <translation>未找到日期：请填写发布日期。</translation>
    </message>
    <message>
        <source>, part of %1</source>
        <translation>，隶属于 %1</translation>
    </message>
    <message>
        <source>%1 (%2, %3%4) is not in the database yet: importing the item adds it from the catalogue.</source>
        <translation>%1（%2，%3%4）尚不在数据库中：导入该条目时将从机关目录中添加。</translation>
    </message>
    <message>
        <source>No date of its own: dated approximately by the newsletter&apos;s period; enter the exact date when you know it.</source>
        <translation>本身未注明日期：按简报所涵盖的期间给出近似日期；知道确切日期时请填写。</translation>
    </message>
</context>
<context>
    <name>rt::core::MailText</name>
    <message>
        <source>%1 is not an e-mail message: line %2 contains a NUL byte.</source>
        <translation>%1 不是电子邮件：第 %2 行含有 NUL 字节。</translation>
    </message>
    <message>
        <source>%1 is an e-mail message without any text to read.</source>
        <translation>%1 是电子邮件，但其中没有可读取的文本。</translation>
    </message>
    <message>
        <source>%1 is an e-mail message with more than %2 nested or enclosed parts (multipart or message); the file is refused.</source>
        <translation>%1 是一封包含超过 %2 个嵌套或内含部分（multipart 或 message）的电子邮件；拒绝导入该文件。</translation>
    </message>
</context>
<context>
    <name>rt::core::Migrator</name>
    <message>
        <source>Cannot read the migration %1: %2</source>
        <translation>无法读取迁移脚本 %1：%2</translation>
    </message>
    <message>
        <source>The database %1 has schema version %2, but this version of RegTracker understands versions up to %3. It was written by a newer RegTracker: update RegTracker to open it.</source>
        <translation>数据库 %1 的结构版本为 %2，而当前版本的 RegTracker 最高只支持版本 %3。该数据库由更新版本的 RegTracker 写入：请升级 RegTracker 后再打开。</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is not a RegTracker database (it has tables and no RegTracker schema version). Use an empty database.</source>
        <translation>PostgreSQL 数据库 %1 不是 RegTracker 数据库（其中已有数据表，但没有 RegTracker 架构版本）。请使用空数据库。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database, but not a RegTracker database (it has tables and no RegTracker schema version).</source>
        <translation>%1 是 SQLite 数据库，但不是 RegTracker 数据库（其中有数据表，却没有 RegTracker 结构版本）。</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading its schema: %2</source>
        <translation>升级结构前无法备份 %1：%2</translation>
    </message>
    <message>
        <source>Upgrading %1 to schema version %2 (%3) failed; the database was left at version %4. %5</source>
        <translation>将 %1 升级到结构版本 %2（%3）失败；数据库保持在版本 %4。%5</translation>
    </message>
    <message>
        <source>Only an administrator of the team database may upgrade its schema: ask one to open it with this version of RegTracker first.</source>
        <translation>只有团队数据库的管理员才能升级其架构：请管理员先用此版本的 RegTracker 打开它。</translation>
    </message>
</context>
<context>
    <name>rt::core::Module</name>
    <message>
        <source>RegTracker cannot load its module %1: it is missing or broken. Reinstall RegTracker.%2</source>
        <translation>RegTracker 无法加载其模块 %1：该模块缺失或已损坏。请重新安装 RegTracker。%2</translation>
    </message>
</context>
<context>
    <name>rt::core::NewsletterParser</name>
    <message>
        <source>%1 names no year: dates without one are taken to be in %2.</source>
        <translation>%1 未注明年份：未写年份的日期按 %2 年处理。</translation>
    </message>
    <message>
        <source>No developments were found in %1.</source>
        <translation>在 %1 中未找到任何动态。</translation>
    </message>
    <message>
        <source>%1 is written in traditional Chinese characters; it is read and imported in simplified ones.</source>
        <translation>%1 使用繁体中文书写；将转换为简体中文读取和导入。</translation>
    </message>
</context>
<context>
    <name>rt::core::ObligationTableModel</name>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message numerus="yes">
        <source>%n compan(ies) bound by this obligation</source>
        <translation>
            <numerusform>受此义务约束的公司：%n 家</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticked it (done and compliant)</source>
        <translation>
            <numerusform>已勾选（已完成且合规）：%n 家</numerusform>
        </translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Ticked</source>
        <translation>已勾选</translation>
    </message>
</context>
<context>
    <name>rt::core::PdfText</name>
    <message>
        <source>%1 is not a readable PDF file.</source>
        <translation>%1 不是可读取的 PDF 文件。</translation>
    </message>
    <message>
        <source>%1 is an encrypted PDF file: save it without a password first.</source>
        <translation>%1 是加密的 PDF 文件：请先另存为无密码的文件。</translation>
    </message>
    <message>
        <source>%1 has no text to read: it may be a scan without a text layer.</source>
        <translation>%1 中没有可读取的文本：可能是没有文字层的扫描件。</translation>
    </message>
</context>
<context>
    <name>rt::core::ProvinceGrid</name>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1 第 %2 行：%3</translation>
    </message>
    <message>
        <source>a tile needs code, row, column and four names</source>
        <translation>每个方块需要代码、行、列和四个名称</translation>
    </message>
    <message>
        <source>%1 has a tile already</source>
        <translation>%1 已有方块</translation>
    </message>
    <message>
        <source>row %1, column %2 holds another tile already</source>
        <translation>第 %1 行第 %2 列已有其他方块</translation>
    </message>
</context>
<context>
    <name>rt::core::RedlineHtml</name>
    <message>
        <source>Redline: %1</source>
        <translation>修订对照：%1</translation>
    </message>
    <message>
        <source>%1 (%2) compared with %3 (%4).</source>
        <translation>%1（%2）与 %3（%4）对照。</translation>
    </message>
    <message>
        <source>The %1 text prevails.</source>
        <translation>以%1文本为准。</translation>
    </message>
    <message>
        <source>Deleted words are %1, inserted words %2.</source>
        <translation>删除的词语加%1，新增的词语加%2。</translation>
    </message>
    <message>
        <source>struck through</source>
        <translation>删除线</translation>
    </message>
    <message>
        <source>underlined</source>
        <translation>下划线</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>two sentences</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1 added</source>
        <translation>新增 %1 项</translation>
    </message>
    <message>
        <source>%1 removed</source>
        <translation>删除 %1 项</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>变更 %1 项</translation>
    </message>
    <message>
        <source>%1 unchanged</source>
        <translation>未变 %1 项</translation>
    </message>
    <message>
        <source>Obligations:</source>
        <translation>义务：</translation>
    </message>
    <message>
        <source>none in either version</source>
        <translation>两个版本均无</translation>
    </message>
    <message>
        <source>The two versions say the same.</source>
        <translation>两个版本内容相同。</translation>
    </message>
    <message>
        <source>%1 (prevails)</source>
        <translation>%1（为准）</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>What changed about the instrument</source>
        <translation>文件本身的变化</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>Title and summary</source>
        <translation>标题和摘要</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Neither version states obligations.</source>
        <translation>两个版本均未规定义务。</translation>
    </message>
    <message>
        <source>(not in this version)</source>
        <translation>（本版本中没有）</translation>
    </message>
    <message>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged obligation(s) not shown.</source>
        <translation>
            <numerusform>未显示 %n 项未变更的义务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Affected checklists</source>
        <translation>受影响的合规清单</translation>
    </message>
    <message>
        <source>No company&apos;s checklist is affected.</source>
        <translation>没有公司的合规清单受到影响。</translation>
    </message>
</context>
<context>
    <name>rt::core::RedlineObligationModel</name>
    <message numerus="yes">
        <source>The checklists of %n company(ies) have rows this change touches.</source>
        <translation>
            <numerusform>%n 家公司的合规清单中有受此变更影响的行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变化内容</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
</context>
<context>
    <name>rt::core::RedlineText</name>
    <message>
        <source>minute</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <source>day</source>
        <translation>天</translation>
    </message>
    <message>
        <source>month</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年</translation>
    </message>
    <message>
        <source>year of age</source>
        <translation>周岁</translation>
    </message>
    <message>
        <source>time</source>
        <translation>次</translation>
    </message>
    <message>
        <source>at least %1 %2</source>
        <comment>parameter: number, unit</comment>
        <translation>不少于%1%2</translation>
    </message>
    <message>
        <source>at most %1 %2</source>
        <comment>parameter: number, unit</comment>
        <translation>不超过%1%2</translation>
    </message>
    <message>
        <source>exactly %1 %2</source>
        <comment>parameter: number, unit</comment>
        <translation>为%1%2</translation>
    </message>
    <message>
        <source>between %1 and %2</source>
        <comment>parameter: two times of day</comment>
        <translation>%1至%2</translation>
    </message>
    <message>
        <source>between %1 and %2 %3</source>
        <comment>parameter: two numbers, unit</comment>
        <translation>%1至%2%3</translation>
    </message>
    <message>
        <source>every %1 %2</source>
        <comment>parameter: number, unit</comment>
        <translation>每%1%2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <translation>%1（新增）</translation>
    </message>
    <message>
        <source>%1 (dropped)</source>
        <translation>%1（已删除）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>parameter name, value</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Kind: %1 → %2</source>
        <translation>类型：%1 → %2</translation>
    </message>
    <message>
        <source>Now also binds: %1</source>
        <translation>新增适用对象：%1</translation>
    </message>
    <message>
        <source>No longer binds: %1</source>
        <translation>不再适用于：%1</translation>
    </message>
    <message>
        <source>with the development</source>
        <translation>随该动态生效</translation>
    </message>
    <message>
        <source>Takes effect: %1 → %2</source>
        <translation>生效日期：%1 → %2</translation>
    </message>
    <message>
        <source>Wording only</source>
        <translation>仅措辞变化</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未变</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>已变更</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Obligation %1</source>
        <translation>义务 %1</translation>
    </message>
    <message>
        <source>Obligation %1 → %2</source>
        <translation>义务 %1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>obligation number, text</comment>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Legal rank</source>
        <translation>法律位阶</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Comments until</source>
        <translation>意见截止</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Prevailing text</source>
        <translation>为准文本</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <comment>field, earlier value, later value</comment>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>amount, description</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, announced %2</source>
        <comment>stage, announcement date</comment>
        <translation>%1，%2发布</translation>
    </message>
    <message>
        <source>Flagged for re-review</source>
        <translation>已标记为需重新审核</translation>
    </message>
    <message>
        <source>Re-reviewed since</source>
        <translation>此后已重新审核</translation>
    </message>
    <message>
        <source>To be flagged when the versions are linked</source>
        <translation>版本关联后将标记为需重新审核</translation>
    </message>
    <message>
        <source>New in the checklist</source>
        <translation>新增到合规清单</translation>
    </message>
    <message>
        <source>No longer binds</source>
        <translation>不再适用</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the changes of an obligation</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>Not assessed yet</source>
        <translation>尚未评估</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
</context>
<context>
    <name>rt::core::Regions</name>
    <message>
        <source>China (national)</source>
        <translation>全国</translation>
    </message>
</context>
<context>
    <name>rt::core::SyntheticData</name>
    <message>
        <source>The demo data is missing from this build.</source>
        <translation>此版本缺少演示数据。</translation>
    </message>
    <message>
        <source>The numbers of developments and companies cannot be negative.</source>
        <translation>动态和公司的数量不能为负数。</translation>
    </message>
    <message>
        <source>The demo data has no authorities or topics to build on.</source>
        <translation>演示数据中没有可用的机构或主题。</translation>
    </message>
    <message>
        <source>Generating was cancelled; nothing was written.</source>
        <translation>已取消生成；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>rt::core::TeamRoles</name>
    <message>
        <source>%1 is an SQLite file: roles exist only in a team database on PostgreSQL.</source>
        <translation>%1 是 SQLite 文件：角色只存在于 PostgreSQL 上的团队数据库中。</translation>
    </message>
    <message>
        <source>%1 has no RegTracker tables: open it with RegTracker once to create them, then set up the roles.</source>
        <translation>%1 中没有 RegTracker 数据表：请先用 RegTracker 打开一次以创建数据表，再设置角色。</translation>
    </message>
    <message>
        <source>Only the owner of the RegTracker tables (%1) or a superuser can grant the roles their rights; %2 is neither. Connect as %1 and try again.</source>
        <translation>只有 RegTracker 数据表的所有者（%1）或超级用户才能为角色授予权限；%2 两者都不是。请以 %1 身份连接后重试。</translation>
    </message>
    <message>
        <source>Creating the roles %1 needs the CREATEROLE privilege, which %2 does not have. Ask the server&apos;s administrator to create them, or to grant %2 CREATEROLE.</source>
        <translation>创建角色 %1 需要 CREATEROLE 权限，而 %2 没有该权限。请服务器管理员创建这些角色，或授予 %2 CREATEROLE 权限。</translation>
    </message>
    <message>
        <source>Setting up the roles of %1 failed; nothing was changed. %2</source>
        <translation>设置 %1 的角色失败；未做任何更改。%2</translation>
    </message>
    <message>
        <source>Only administrators of the team database can do this.</source>
        <translation>只有团队数据库的管理员才能执行此操作。</translation>
    </message>
    <message>
        <source>Viewers of the team database cannot change it; ask an administrator to make you an editor.</source>
        <translation>团队数据库的查看者不能更改数据；请管理员将你设为编辑者。</translation>
    </message>
</context>
<context>
    <name>rt::core::TextDecoding</name>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
    </message>
    <message>
        <source>%1 starts like UTF-16 text but is not valid UTF-16.</source>
        <translation>%1 开头像 UTF-16 文本，但不是有效的 UTF-16。</translation>
    </message>
    <message>
        <source>%1 is not a text file: line %2 contains a NUL byte.</source>
        <translation>%1 不是文本文件：第 %2 行含有 NUL 字节。</translation>
    </message>
    <message>
        <source>%1 is not text in UTF-8, GB18030 or Big5: line %2 has bytes that are not valid in any of them.</source>
        <translation>%1 不是 UTF-8、GB18030 或 Big5 编码的文本：第 %2 行含有在这些编码中均无效的字节。</translation>
    </message>
</context>
<context>
    <name>rt::core::TextHygiene</name>
    <message>
        <source>it holds half of a character (an unpaired surrogate, U+%1) at character %2</source>
        <translation>第 %2 个字符处含有半个字符（未配对的代理项 U+%1）</translation>
    </message>
    <message>
        <source>it holds a NUL character at character %1</source>
        <translation>第 %1 个字符处含有 NUL 字符</translation>
    </message>
    <message>
        <source>it breaks the line at character %1, but it is a single line</source>
        <translation>第 %1 个字符处换行，但此处只能是单行</translation>
    </message>
    <message>
        <source>it holds the control character U+%1 at character %2</source>
        <translation>第 %2 个字符处含有控制字符 U+%1</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1：%2。</translation>
    </message>
    <message>
        <source>a development&apos;s identifier</source>
        <translation>动态的标识符</translation>
    </message>
    <message>
        <source>a new development</source>
        <translation>新动态</translation>
    </message>
    <message>
        <source>%1, %2 (English)</source>
        <translation>%1，%2（英文）</translation>
    </message>
    <message>
        <source>%1, %2 (Chinese)</source>
        <translation>%1，%2（中文）</translation>
    </message>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>document title</source>
        <translation>文件标题</translation>
    </message>
    <message>
        <source>summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>penalty</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>a company&apos;s identifier</source>
        <translation>公司的标识符</translation>
    </message>
    <message>
        <source>a new company</source>
        <translation>新公司</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>rt::core::TimelineData</name>
    <message>
        <source>National</source>
        <translation>国家级</translation>
    </message>
    <message>
        <source>Provincial</source>
        <translation>省级</translation>
    </message>
    <message>
        <source>Municipal</source>
        <translation>市级</translation>
    </message>
    <message>
        <source>Standards bodies</source>
        <translation>标准化机构</translation>
    </message>
    <message>
        <source>Courts</source>
        <translation>法院</translation>
    </message>
    <message>
        <source>Associations</source>
        <translation>行业协会</translation>
    </message>
</context>
<context>
    <name>rt::core::UserDataFiles</name>
    <message>
        <source>%1 (left out; the built-in list is used)</source>
        <translation>%1（已略过该文件，改用内置列表）</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 不是 UTF-8 文本。</translation>
    </message>
</context>
<context>
    <name>rt::core::VersionHistory</name>
    <message>
        <source>There is no development number %1.</source>
        <translation>不存在编号为 %1 的动态。</translation>
    </message>
    <message>
        <source>There is no development “%1” (regtracker list names them).</source>
        <translation>不存在动态“%1”（regtracker list 可列出所有动态）。</translation>
    </message>
    <message>
        <source>The obligation was deleted in the meantime.</source>
        <translation>该义务已在此期间被删除。</translation>
    </message>
    <message>
        <source>%1 has no earlier or later version to compare it with.</source>
        <translation>%1 没有可供对照的较早或较新版本。</translation>
    </message>
    <message>
        <source>%1 did not exist yet on %2.</source>
        <translation>%2 时 %1 尚不存在。</translation>
    </message>
    <message>
        <source>“%1” is not a date or a date and time (use 2025-10-20 or 2025-10-20T08:15).</source>
        <translation>“%1”不是日期或日期时间（请使用 2025-10-20 或 2025-10-20T08:15 的格式）。</translation>
    </message>
</context>
<context>
    <name>rt::reports::ChecklistPdf</name>
    <message>
        <source>Compliance checklist</source>
        <translation>合规清单</translation>
    </message>
    <message>
        <source>Generated: %1</source>
        <translation>生成时间：%1</translation>
    </message>
    <message>
        <source>Overdue means a due date before %1 and not Done.</source>
        <translation>逾期指截止日期早于 %1 且状态不是“已完成”。</translation>
    </message>
    <message>
        <source>Applicable</source>
        <translation>适用</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>%1 (%2%)</source>
        <translation>%1（%2%）</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>按状态</translation>
    </message>
    <message>
        <source>Obligations that apply to the company.</source>
        <translation>适用于该公司的义务。</translation>
    </message>
    <message>
        <source>By result</source>
        <translation>按结论</translation>
    </message>
    <message>
        <source>Every row, including those marked not applicable.</source>
        <translation>全部条目，包括已标记为不适用的条目。</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source>Compliance checklist: %1</source>
        <translation>合规清单：%1</translation>
    </message>
    <message>
        <source>Cannot lay out the PDF pages.</source>
        <translation>无法完成 PDF 页面排版。</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
    <message>
        <source>No obligations apply to this company.</source>
        <translation>没有适用于该公司的义务。</translation>
    </message>
</context>
<context>
    <name>rt::reports::DeadlineCalendar</name>
    <message>
        <source>nobody yet</source>
        <translation>尚未指定</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>公司：%1</translation>
    </message>
    <message>
        <source>Development: %1</source>
        <translation>动态：%1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>负责人：%1</translation>
    </message>
    <message>
        <source>%1: deadlines</source>
        <translation>%1：截止日期</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>All companies: deadlines</source>
        <translation>所有公司：截止日期</translation>
    </message>
</context>
<context>
    <name>rt::reports::DevelopmentSheet</name>
    <message>
        <source>, item %1</source>
        <translation>，第 %1 条</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Legal rank</source>
        <translation>法律位阶</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Comments until</source>
        <translation>意见截止</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>About this development</source>
        <translation>关于该动态</translation>
    </message>
    <message>
        <source>Obligations (%1)</source>
        <translation>义务（%1）</translation>
    </message>
    <message>
        <source>This development states no obligations.</source>
        <translation>该动态未规定具体义务。</translation>
    </message>
    <message>
        <source>Printed from RegTracker on %1; identifier %2</source>
        <translation>于 %1 从 RegTracker 打印；标识符 %2</translation>
    </message>
</context>
<context>
    <name>rt::reports::PdfFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>rt::reports::RedlinePdf</name>
    <message>
        <source>Redline: %1</source>
        <translation>修订对照：%1</translation>
    </message>
    <message>
        <source>Cannot lay out the PDF pages.</source>
        <translation>无法完成 PDF 页面排版。</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>生成于 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>第 %1 页，共 %2 页</translation>
    </message>
</context>
<context>
    <name>rt::ui::AboutDialog</name>
    <message>
        <source>Tracks regulatory developments and the obligations they create, per company, in English and Chinese side by side.</source>
        <translation>追踪监管动态及其为各公司带来的义务，中英文对照显示。</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>架构版本：%1</translation>
    </message>
    <message>
        <source>RegTracker is free software under the %1. The components it uses keep their own licences (see Components).</source>
        <translation>RegTracker 是依据%1发布的自由软件。其使用的组件各自沿用自己的许可证（见“组件”）。</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>Version in use</source>
        <translation>所用版本</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>许可证</translation>
    </message>
    <message>
        <source>About %1</source>
        <translation>关于 %1</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Licence</source>
        <translation>许可证(&amp;L)</translation>
    </message>
    <message>
        <source>Au&amp;thors</source>
        <translation>作者(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Components</source>
        <translation>组件(&amp;C)</translation>
    </message>
    <message>
        <source>Authors</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>组件</translation>
    </message>
    <message>
        <source>The database file and its search</source>
        <translation>数据库文件及其检索</translation>
    </message>
    <message>
        <source>Team databases on PostgreSQL</source>
        <translation>基于 PostgreSQL 的团队数据库</translation>
    </message>
</context>
<context>
    <name>rt::ui::AddObligationsDialog</name>
    <message>
        <source>Add obligations to the checklist</source>
        <translation>向合规清单添加义务</translation>
    </message>
    <message>
        <source>These obligations do not bind the company by their tags and regions. Add the ones that apply to it anyway; they stay on the checklist as added by hand.</source>
        <translation>按标签和地区，以下义务不约束该公司。仍适用于该公司的，可在此添加；它们将作为手动添加的条目保留在合规清单中。</translation>
    </message>
    <message>
        <source>Filter by words in English or Chinese</source>
        <translation>按中文或英文词语筛选</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n obligation(s) shown</source>
        <translation>
            <numerusform>显示 %1 / %n 项义务</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Obligations to add</source>
        <translation>待添加的义务</translation>
    </message>
</context>
<context>
    <name>rt::ui::AgendaView</name>
    <message>
        <source>Agenda (%1)</source>
        <translation>日程（%1）</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>所有公司</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>我的（%1）</translation>
    </message>
    <message>
        <source>Nothing is due or overdue, and nothing dated lies ahead.</source>
        <translation>没有到期或逾期的事项，之后也没有任何日期。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing is due or overdue, and nothing is dated in the next %n day(s).</source>
        <translation>
            <numerusform>没有到期或逾期的事项，未来 %n 天内也没有任何日期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose “All companies”, “Everybody” and “All dates” to see more.</source>
        <translation>选择“所有公司”“所有人”和“全部日期”可查看更多。</translation>
    </message>
    <message>
        <source>Untick</source>
        <translation>取消勾选</translation>
    </message>
    <message>
        <source>Tick (done and compliant)</source>
        <translation>勾选（已完成且合规）</translation>
    </message>
    <message>
        <source>Edit row…</source>
        <translation>编辑条目…</translation>
    </message>
    <message>
        <source>Open development</source>
        <translation>打开动态</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Ahead:</source>
        <translation>期限(&amp;A)：</translation>
    </message>
    <message>
        <source>All dates</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Checklist rows due</source>
        <translation>到期的清单条目</translation>
    </message>
    <message>
        <source>Consultations closing</source>
        <translation>即将截止的征求意见</translation>
    </message>
    <message>
        <source>Rules taking effect</source>
        <translation>即将生效的规定</translation>
    </message>
    <message>
        <source>Everything ahead</source>
        <translation>之后全部</translation>
    </message>
    <message numerus="yes">
        <source>Next %n day(s)</source>
        <translation>
            <numerusform>未来 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Today: %1</source>
        <translation>今天：%1</translation>
    </message>
    <message>
        <source>Space ticks a row, Enter opens it, Ctrl+Enter shows it in its checklist</source>
        <translation>空格键勾选条目，回车键打开条目，Ctrl+回车在合规清单中显示</translation>
    </message>
    <message>
        <source>Show in checklist</source>
        <translation>在合规清单中显示</translation>
    </message>
    <message>
        <source>Show development</source>
        <translation>显示动态</translation>
    </message>
</context>
<context>
    <name>rt::ui::AssessmentEditor</name>
    <message>
        <source>Say why the obligation does not apply to this company: auditors ask for the justification.</source>
        <translation>请说明该义务为何不适用于该公司：审计人员会要求提供理由。</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>证据(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Evidence (%1)</source>
        <translation>证据（%1）(&amp;E)</translation>
    </message>
    <message>
        <source>Not attached</source>
        <translation>未添加附件</translation>
    </message>
    <message>
        <source>“%1” is %2, more than the %3 allowed for one attachment.</source>
        <translation>“%1”的大小为 %2，超过了单个附件 %3 的上限。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>Attach evidence</source>
        <translation>添加证据附件</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>No program is set up to open %1. The file was saved as %2.</source>
        <translation>未设置用于打开 %1 的程序。文件已另存为 %2。</translation>
    </message>
    <message>
        <source>Export evidence</source>
        <translation>导出证据</translation>
    </message>
    <message>
        <source>Damaged attachment</source>
        <translation>附件已损坏</translation>
    </message>
    <message>
        <source>The stored bytes of “%1” no longer match their SHA-256. The file is exported as it is stored.</source>
        <translation>“%1”的存储内容与其 SHA-256 值不一致。文件将按存储原样导出。</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Checklist row</source>
        <translation>合规清单条目</translation>
    </message>
    <message>
        <source>&amp;Assessment</source>
        <translation>评估(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>历史记录(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Result:</source>
        <translation>结论(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>截止日期(&amp;D)：</translation>
    </message>
    <message>
        <source>A&amp;pplicability:</source>
        <translation>适用性(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>不适用理由(&amp;J)：</translation>
    </message>
    <message>
        <source>Why the obligation does not apply (required when not applicable)</source>
        <translation>该义务为何不适用（标记为不适用时必填）</translation>
    </message>
    <message>
        <source>&amp;Notes (Markdown):</source>
        <translation>备注（Markdown）(&amp;N)：</translation>
    </message>
    <message>
        <source>What was checked, by whom, and where the proof is. **Markdown** works.</source>
        <translation>记录检查内容、检查人及证明材料的存放位置。支持 **Markdown**。</translation>
    </message>
    <message>
        <source>Files are stored in the database with their SHA-256. Attaching and removing take effect at once; Edit → Undo takes them back.</source>
        <translation>文件连同其 SHA-256 值保存在数据库中。添加和移除立即生效；可通过“编辑 → 撤销”恢复。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>添加人</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>添加时间</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Old → new</source>
        <translation>原值 → 新值</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>History</source>
        <translation>历史记录</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Needs re-re&amp;view (the development changed)</source>
        <translation>需要重新审核(&amp;V)（动态已变更）</translation>
    </message>
    <message>
        <source>A&amp;ttach file…</source>
        <translation>添加文件(&amp;T)…</translation>
    </message>
</context>
<context>
    <name>rt::ui::AuthorityMapView</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>&amp;Colour by:</source>
        <translation>着色依据(&amp;C)：</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Colour each authority by the most frequent kind or stage of its developments</source>
        <translation>按机构动态中最常见的类型或阶段为其着色</translation>
    </message>
    <message>
        <source>Company &amp;overlay:</source>
        <translation>公司叠加(&amp;O)：</translation>
    </message>
    <message>
        <source>Highlight the provinces where a company operates and the authorities whose rules bind it</source>
        <translation>突出显示公司经营所在的省份及其规则约束该公司的机构</translation>
    </message>
    <message>
        <source>Edges</source>
        <translation>连线</translation>
    </message>
    <message>
        <source>Show parent authorities and authorities that issued developments together</source>
        <translation>显示上级机构以及联合发布动态的机构</translation>
    </message>
    <message>
        <source>Fit the map to the view (Home)</source>
        <translation>使地图适应视图（Home）</translation>
    </message>
    <message>
        <source>Save the map as a PNG picture or an SVG drawing</source>
        <translation>将地图保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>The authorities that issued developments in the filter: national ones across the top, local ones on their province. Click an authority to show only its developments, Ctrl+click to add it, click a province for all its authorities. The mouse wheel zooms and dragging pans.</source>
        <translation>发布了筛选范围内动态的机构：全国性机构位于上方，地方机构位于所在省份。点击机构仅显示其动态，Ctrl+点击可追加，点击省份可选择其全部机构。鼠标滚轮缩放，拖动平移。</translation>
    </message>
    <message>
        <source>No developments</source>
        <translation>无动态</translation>
    </message>
    <message>
        <source>Parent authority</source>
        <translation>上级机构</translation>
    </message>
    <message>
        <source>Issued together</source>
        <translation>联合发布</translation>
    </message>
    <message>
        <source>Company operates here</source>
        <translation>公司在此经营</translation>
    </message>
    <message>
        <source>Binds the company: open obligations</source>
        <translation>约束该公司：未完成义务</translation>
    </message>
    <message numerus="yes">
        <source>%Ln development(s) in the filter</source>
        <translation>
            <numerusform>筛选范围内 %Ln 条动态</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Binds %1: %Ln open obligation(s)</source>
        <translation>
            <numerusform>约束%1：%Ln 项未完成义务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln development(s) by its authorities</source>
        <translation>
            <numerusform>其机构共 %Ln 条动态</numerusform>
        </translation>
    </message>
    <message>
        <source>Authority map</source>
        <translation>机构地图</translation>
    </message>
    <message numerus="yes">
        <source>%Ln authorities on the map, %1 with developments in the filter</source>
        <translation>
            <numerusform>地图上共 %Ln 个机构，其中 %1 个在筛选范围内有动态</numerusform>
        </translation>
    </message>
    <message>
        <source>RegTracker authority map</source>
        <translation>RegTracker 机构地图</translation>
    </message>
    <message>
        <source>Authorities and the developments they issued</source>
        <translation>机构及其发布的动态</translation>
    </message>
    <message>
        <source>Export authority map</source>
        <translation>导出机构地图</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>rt::ui::BackupsDialog</name>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>RegTracker keeps copies of this database. Restoring one replaces the database with it; the database as it is now is kept as a backup first.</source>
        <translation>RegTracker 会保存此数据库的副本。恢复某个副本会用它替换当前数据库；替换前，当前状态的数据库会先保存为一份备份。</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Developments</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Companies</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Assessments</source>
        <translation>评估</translation>
    </message>
    <message>
        <source>Back up when RegTracker closes (at most once a day)</source>
        <translation>关闭 RegTracker 时备份（每天至多一次）</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>保留最新的份数(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>恢复(&amp;R)…</translation>
    </message>
    <message>
        <source>Folder: %1</source>
        <translation>文件夹：%1</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>未备份</translation>
    </message>
    <message>
        <source>Restore backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Replace the database with the backup of %1? The database as it is now is kept as a backup.</source>
        <translation>要用 %1 的备份替换数据库吗？当前状态的数据库会保存为一份备份。</translation>
    </message>
</context>
<context>
    <name>rt::ui::ChangesSinceDialog</name>
    <message>
        <source>Whole row</source>
        <translation>整个条目</translation>
    </message>
    <message>
        <source>Added to the checklist</source>
        <translation>加入合规清单</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Applicability</source>
        <translation>适用性</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>不适用理由</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Re-review</source>
        <translation>重新审核</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>证据</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>attached %1</source>
        <translation>添加了 %1</translation>
    </message>
    <message>
        <source>removed %1</source>
        <translation>移除了 %1</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) since %1</source>
        <translation>
            <numerusform>自 %1 起共有 %n 项变更</numerusform>
        </translation>
    </message>
    <message>
        <source>Changes since… — %1</source>
        <translation>指定日期以来的变更 — %1</translation>
    </message>
    <message>
        <source>Changes &amp;since:</source>
        <translation>起始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>变更</translation>
    </message>
</context>
<context>
    <name>rt::ui::ChecklistCommands</name>
    <message>
        <source>Attach “%1”</source>
        <translation>添加“%1”</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>移除“%1”</translation>
    </message>
</context>
<context>
    <name>rt::ui::ChecklistDelegate</name>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>rt::ui::ChecklistView</name>
    <message>
        <source>Set status to %1</source>
        <translation>将状态设为“%1”</translation>
    </message>
    <message>
        <source>Set result to %1</source>
        <translation>将结论设为“%1”</translation>
    </message>
    <message>
        <source>Clear due date</source>
        <translation>清除截止日期</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) applicable</source>
        <translation>
            <numerusform>将 %n 项标记为适用</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9 switch to the first nine companies</source>
        <translation>按 Ctrl+1 … Ctrl+9 可切换到前九家公司</translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation>分组方式(&amp;G)：</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>全部条目</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>负责人为</translation>
    </message>
    <message>
        <source>Changed since</source>
        <translation>指定日期以来有变更</translation>
    </message>
    <message>
        <source>Whose rows to show</source>
        <translation>显示哪位负责人的条目</translation>
    </message>
    <message>
        <source>Show rows changed on or after this date</source>
        <translation>显示在此日期当天或之后有变更的条目</translation>
    </message>
    <message>
        <source>Click to show every topic and development again</source>
        <translation>单击可重新显示所有主题和动态</translation>
    </message>
    <message>
        <source>Changes since…</source>
        <translation>指定日期以来的变更…</translation>
    </message>
    <message>
        <source>Everything that changed in this company&apos;s checklist since a date</source>
        <translation>该公司合规清单自指定日期以来的全部变更</translation>
    </message>
    <message>
        <source>&amp;Tick or untick</source>
        <translation>勾选或取消勾选(&amp;T)</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
    <message>
        <source>&amp;Edit row…</source>
        <translation>编辑条目(&amp;E)…</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>回车</translation>
    </message>
    <message>
        <source>Set &amp;status</source>
        <translation>设置状态(&amp;S)</translation>
    </message>
    <message>
        <source>Set &amp;result</source>
        <translation>设置结论(&amp;R)</translation>
    </message>
    <message>
        <source>Set &amp;owner…</source>
        <translation>设置负责人(&amp;O)…</translation>
    </message>
    <message>
        <source>Set &amp;due date…</source>
        <translation>设置截止日期(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Clear due date</source>
        <translation>清除截止日期(&amp;C)</translation>
    </message>
    <message>
        <source>Mark &amp;not applicable…</source>
        <translation>标记为不适用(&amp;N)…</translation>
    </message>
    <message>
        <source>Mark &amp;applicable (keep in the checklist)</source>
        <translation>标记为适用(&amp;A)（保留在合规清单中）</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1（Ctrl+%2）</translation>
    </message>
    <message>
        <source>No companies yet. Create one with Company → New company…, and its checklist fills with the obligations that bind it.</source>
        <translation>尚无公司。通过“公司 → 新建公司…”创建公司后，其合规清单会自动列出约束该公司的义务。</translation>
    </message>
    <message>
        <source>No obligation binds this company yet: check its sector tags and regions (Company → Edit company…).</source>
        <translation>目前没有约束该公司的义务：请检查其行业标签和地区（“公司 → 编辑公司…”）。</translation>
    </message>
    <message>
        <source>No rows match this filter. Choose “All rows” to see the whole checklist.</source>
        <translation>没有符合此筛选条件的条目。选择“全部条目”可查看完整的合规清单。</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Development: %1</source>
        <translation>动态：%1</translation>
    </message>
    <message>
        <source>No company selected</source>
        <translation>未选择公司</translation>
    </message>
    <message>
        <source>%1 of %2 done · %3 overdue</source>
        <translation>已完成 %1 / %2 · 逾期 %3</translation>
    </message>
    <message>
        <source>%1 of %2 done</source>
        <translation>已完成 %1 / %2</translation>
    </message>
    <message>
        <source> (filtered)</source>
        <translation>（已筛选）</translation>
    </message>
    <message>
        <source>%1: “%2”</source>
        <translation>%1：“%2”</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n rows)</source>
        <translation>
            <numerusform>%1（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Set owner</source>
        <translation>设置负责人</translation>
    </message>
    <message numerus="yes">
        <source>Owner of the %n selected row(s):</source>
        <translation>
            <numerusform>所选 %n 项的负责人：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear owner of %n row(s)</source>
        <translation>
            <numerusform>清除 %n 项的负责人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set owner of %n row(s) to %1</source>
        <translation>
            <numerusform>将 %n 项的负责人设为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Set due date</source>
        <translation>设置截止日期</translation>
    </message>
    <message numerus="yes">
        <source>Due date of the %n selected row(s):</source>
        <translation>
            <numerusform>所选 %n 项的截止日期：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set due date of %n row(s) to %1</source>
        <translation>
            <numerusform>将 %n 项的截止日期设为 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark not applicable</source>
        <translation>标记为不适用</translation>
    </message>
    <message numerus="yes">
        <source>Why do the %n selected obligation(s) not apply to this company? Auditors read this as the statement of applicability.</source>
        <translation>
            <numerusform>所选 %n 项义务为何不适用于该公司？审计人员会将此视为适用性声明。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>An obligation can only be marked not applicable with a justification.</source>
        <translation>将义务标记为不适用时，必须说明理由。</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) not applicable</source>
        <translation>
            <numerusform>将 %n 项标记为不适用</numerusform>
        </translation>
    </message>
    <message>
        <source>Add obligations…</source>
        <translation>添加义务…</translation>
    </message>
    <message>
        <source>Add obligations that do not bind this company by the rule (Ctrl+Insert)</source>
        <translation>添加按规则不约束该公司的义务（Ctrl+Insert）</translation>
    </message>
    <message>
        <source>Add obligations to the checklist…</source>
        <translation>向合规清单添加义务…</translation>
    </message>
    <message numerus="yes">
        <source>Add %n obligation(s) to the checklist</source>
        <translation>
            <numerusform>向合规清单添加 %n 项义务</numerusform>
        </translation>
    </message>
    <message>
        <source>Needs re-review</source>
        <translation>需重新审核</translation>
    </message>
    <message>
        <source>&amp;What changed? (compare with the earlier version)</source>
        <translation>有何变化？（与较早版本对照）(&amp;W)</translation>
    </message>
    <message>
        <source>Sho&amp;w:</source>
        <translation>显示(&amp;W)：</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>合规清单</translation>
    </message>
</context>
<context>
    <name>rt::ui::CommandRunner</name>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Cannot undo</source>
        <translation>无法撤销</translation>
    </message>
    <message>
        <source>Cannot redo</source>
        <translation>无法重做</translation>
    </message>
    <message>
        <source>%1 (row %2)</source>
        <translation>%1（第 %2 行）</translation>
    </message>
</context>
<context>
    <name>rt::ui::CompanyCommands</name>
    <message>
        <source>Create company “%1”</source>
        <translation>创建公司“%1”</translation>
    </message>
    <message>
        <source>Edit company “%1”</source>
        <translation>编辑公司“%1”</translation>
    </message>
    <message>
        <source>Delete company “%1”</source>
        <translation>删除公司“%1”</translation>
    </message>
</context>
<context>
    <name>rt::ui::CompanyDialog</name>
    <message>
        <source>New company</source>
        <translation>新建公司</translation>
    </message>
    <message>
        <source>Edit company</source>
        <translation>编辑公司</translation>
    </message>
    <message>
        <source>Name (&amp;English)</source>
        <translation>名称（英文）(&amp;E)</translation>
    </message>
    <message>
        <source>Name (&amp;Chinese)</source>
        <translation>名称（中文）(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sectors</source>
        <translation>行业(&amp;S)</translation>
    </message>
    <message>
        <source>Obligations apply when one of their tags is ticked here.</source>
        <translation>义务的任一标签在此勾选后，该义务即适用。</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <source>Find a province by name or code</source>
        <translation>按名称或代码查找省份</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>注册地</translation>
    </message>
    <message>
        <source>Operates</source>
        <translation>经营地</translation>
    </message>
    <message>
        <source>&amp;Notes (Markdown)</source>
        <translation>备注（Markdown）(&amp;N)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Registered in: %1</source>
        <translation>注册地：%1</translation>
    </message>
    <message>
        <source>Operates in: %1</source>
        <translation>经营地：%1</translation>
    </message>
    <message>
        <source>Sectors</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
</context>
<context>
    <name>rt::ui::CompanyMatrixView</name>
    <message>
        <source>&amp;Columns:</source>
        <translation>列(&amp;C)：</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Developments</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Click a cell, or press Enter on it, to open the company’s checklist for that column. Click a company to open its whole checklist.</source>
        <translation>单击单元格或选中后按回车键，可打开该公司在此列下的合规清单。单击公司名称可打开其完整的合规清单。</translation>
    </message>
    <message>
        <source>No companies yet. Create a company to see here how far its checklist has come.</source>
        <translation>尚无公司。创建公司后，可在此查看其合规清单的完成进度。</translation>
    </message>
    <message>
        <source>Done of applicable:</source>
        <translation>完成率：</translation>
    </message>
    <message>
        <source>Nothing applies</source>
        <translation>无适用义务</translation>
    </message>
    <message>
        <source>Something is overdue</source>
        <translation>存在逾期事项</translation>
    </message>
    <message>
        <source>No obligation under this topic binds the company.</source>
        <translation>该主题下没有约束该公司的义务。</translation>
    </message>
    <message>
        <source>No obligation of this development binds the company.</source>
        <translation>该动态中没有约束该公司的义务。</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n applicable obligations done</source>
        <translation>
            <numerusform>%n 项适用义务中已完成 %1 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>逾期 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Company matrix</source>
        <translation>公司矩阵</translation>
    </message>
</context>
<context>
    <name>rt::ui::ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>已被他人修改</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Someone else saved this while you were working on it.</source>
        <translation>在你编辑期间，其他人保存了此内容。</translation>
    </message>
    <message>
        <source>Stored version</source>
        <translation>已保存的版本</translation>
    </message>
    <message>
        <source>Stored version (changed by %1 at %2)</source>
        <translation>已保存的版本（%1 于 %2 更改）</translation>
    </message>
    <message>
        <source>Stored version (changed by %1)</source>
        <translation>已保存的版本（%1 更改）</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>你的版本</translation>
    </message>
    <message>
        <source>Take theirs drops your change and shows the stored version. Keep mine saves your version over theirs.</source>
        <translation>“采用对方的”会放弃你的更改并显示已保存的版本；“保留我的”会用你的版本覆盖对方的版本。</translation>
    </message>
    <message>
        <source>&amp;Take theirs (reload)</source>
        <translation>采用对方的（重新加载）(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Keep mine (overwrite)</source>
        <translation>保留我的（覆盖）(&amp;K)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Applies</source>
        <translation>是否适用</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>不适用理由</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Needs re-review</source>
        <translation>需要重新审查</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Document title (English)</source>
        <translation>文件名称（英文）</translation>
    </message>
    <message>
        <source>Document title (Chinese)</source>
        <translation>文件名称（中文）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Legal rank</source>
        <translation>法律位阶</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Comment deadline</source>
        <translation>意见截止</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Summary (English)</source>
        <translation>摘要（英文）</translation>
    </message>
    <message>
        <source>Summary (Chinese)</source>
        <translation>摘要（中文）</translation>
    </message>
    <message>
        <source>Authorities</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>义务</translation>
    </message>
</context>
<context>
    <name>rt::ui::ConnectDialog</name>
    <message numerus="yes">
        <source>The server did not answer within %n second(s). Check the host name and port, the network, and that the server is running.</source>
        <translation>
            <numerusform>服务器在 %n 秒内没有响应。请检查主机名和端口、网络，以及服务器是否正在运行。</numerusform>
        </translation>
    </message>
    <message>
        <source>Stopped waiting for the server.</source>
        <translation>已停止等待服务器。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Password not remembered</source>
        <translation>未记住密码</translation>
    </message>
    <message>
        <source>The password could not be stored in the system keychain: %1
RegTracker will ask for it when it opens this database again.</source>
        <translation>无法将密码存入系统钥匙串：%1
下次打开此数据库时，RegTracker 会再次询问密码。</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Team database password</source>
        <translation>团队数据库密码</translation>
    </message>
    <message>
        <source>The password of %1 for the team database %2:</source>
        <translation>%1 在团队数据库 %2 上的密码：</translation>
    </message>
    <message>
        <source>The server did not accept the password.</source>
        <translation>服务器不接受该密码。</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>editor</source>
        <translation>编辑者</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Connect to team database</source>
        <translation>连接团队数据库</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>最近(&amp;R)：</translation>
    </message>
    <message>
        <source>Team databases you connected to before</source>
        <translation>你以前连接过的团队数据库</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>端口(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>加密(&amp;E)：</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>A host name or address; empty for this computer</source>
        <translation>主机名或地址；留空表示本机</translation>
    </message>
    <message>
        <source>The name the administrator gave the database</source>
        <translation>管理员为数据库指定的名称</translation>
    </message>
    <message>
        <source>Empty: from the keychain, PGPASSWORD or ~/.pgpass</source>
        <translation>留空：从钥匙串、PGPASSWORD 或 ~/.pgpass 读取</translation>
    </message>
    <message>
        <source>Off (disable)</source>
        <translation>关闭（disable）</translation>
    </message>
    <message>
        <source>Only if the server requires it (allow)</source>
        <translation>仅在服务器要求时（allow）</translation>
    </message>
    <message>
        <source>When the server offers it (prefer)</source>
        <translation>服务器支持时使用（prefer）</translation>
    </message>
    <message>
        <source>Always, without checking the certificate (require)</source>
        <translation>始终加密，不验证证书（require）</translation>
    </message>
    <message>
        <source>Always, checking the certificate authority (verify-ca)</source>
        <translation>始终加密，验证证书颁发机构（verify-ca）</translation>
    </message>
    <message>
        <source>Always, checking the certificate and server name (verify-full)</source>
        <translation>始终加密，验证证书和服务器名称（verify-full）</translation>
    </message>
    <message>
        <source>Remember the password in the system &amp;keychain</source>
        <translation>在系统钥匙串中记住密码(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Connected to %1 as %2: schema version %3, role %4.</source>
        <translation>已以 %2 身份连接到 %1：架构版本 %3，角色为%4。</translation>
    </message>
</context>
<context>
    <name>rt::ui::DevelopmentCommands</name>
    <message>
        <source>Create “%1”</source>
        <translation>创建“%1”</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation>编辑“%1”</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation>删除“%1”</translation>
    </message>
    <message>
        <source>Somebody else changed this development after this step (version %1 is stored).</source>
        <translation>此步骤之后，其他人更改了该动态（已保存的是版本 %1）。</translation>
    </message>
</context>
<context>
    <name>rt::ui::DevelopmentDetailPane</name>
    <message>
        <source>&amp;Obligations (ticked: done and compliant, of the companies each binds)</source>
        <translation>义务(&amp;O)（已勾选：已完成且合规的公司数 / 受约束的公司数）</translation>
    </message>
    <message>
        <source>Select a development to read it here.</source>
        <translation>选择一条动态即可在此阅读。</translation>
    </message>
    <message>
        <source>No Chinese text; English shown</source>
        <translation>无中文文本，显示英文</translation>
    </message>
    <message>
        <source>No English text; Chinese shown</source>
        <translation>无英文文本，显示中文</translation>
    </message>
    <message>
        <source> (with other departments)</source>
        <translation>（会同其他部门）</translation>
    </message>
    <message>
        <source>, item %1</source>
        <translation>，第 %1 条</translation>
    </message>
    <message>
        <source>link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>the Chinese text prevails</source>
        <translation>以中文文本为准</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Legal rank</source>
        <translation>法律位阶</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Comments until</source>
        <translation>意见截止</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>已生效</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>译文</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Replaces the earlier version %1.</source>
        <translation>取代早前版本 %1。</translation>
    </message>
    <message>
        <source>This development states no obligations.</source>
        <translation>该动态未规定具体义务。</translation>
    </message>
    <message>
        <source>shown in Traditional characters (Taiwan standard), converted from the stored Simplified text</source>
        <translation>以繁体字（台湾标准）显示，由存储的简体文本转换而来</translation>
    </message>
    <message>
        <source>shown in Traditional characters (Hong Kong standard), converted from the stored Simplified text</source>
        <translation>以繁体字（香港标准）显示，由存储的简体文本转换而来</translation>
    </message>
    <message>
        <source>This version replaces %1 (%2).</source>
        <translation>本版本替代 %1（%2）。</translation>
    </message>
    <message>
        <source>A later version replaces this one: %1 (%2).</source>
        <translation>本版本已被较新版本替代：%1（%2）。</translation>
    </message>
    <message>
        <source>What &amp;changed?</source>
        <translation>有何变化？(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the two versions word by word, in English and Chinese (Ctrl+Shift+R)</source>
        <translation>以中英文逐词对照两个版本（Ctrl+Shift+R）</translation>
    </message>
    <message>
        <source>Development in English</source>
        <translation>动态（英文）</translation>
    </message>
    <message>
        <source>Development in Chinese</source>
        <translation>动态（中文）</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>义务</translation>
    </message>
</context>
<context>
    <name>rt::ui::DevelopmentEditor</name>
    <message>
        <source>New development</source>
        <translation>新建动态</translation>
    </message>
    <message>
        <source>Edit development</source>
        <translation>编辑动态</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>摘要(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Obligations</source>
        <translation>义务(&amp;O)</translation>
    </message>
    <message>
        <source>Source and &amp;penalties</source>
        <translation>来源与处罚(&amp;P)</translation>
    </message>
    <message>
        <source>Comments until</source>
        <translation>意见截止</translation>
    </message>
    <message>
        <source>Effective from</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Issued with other departments not listed</source>
        <translation>会同未列出的其他部门发布</translation>
    </message>
    <message>
        <source>Title (&amp;English)</source>
        <translation>标题（英文）(&amp;E)</translation>
    </message>
    <message>
        <source>Title (&amp;Chinese)</source>
        <translation>标题（中文）(&amp;C)</translation>
    </message>
    <message>
        <source>Document title (English)</source>
        <translation>文件名称（英文）</translation>
    </message>
    <message>
        <source>Document title (Chinese)</source>
        <translation>文件名称（中文）</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <source>S&amp;tage</source>
        <translation>阶段(&amp;T)</translation>
    </message>
    <message>
        <source>Legal &amp;rank</source>
        <translation>法律位阶(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Announced</source>
        <translation>发布日期(&amp;A)</translation>
    </message>
    <message>
        <source>Issuers and topics</source>
        <translation>发布机构与主题</translation>
    </message>
    <message>
        <source>The Chinese text prevails</source>
        <translation>以中文文本为准</translation>
    </message>
    <message>
        <source>For imported translations: where from</source>
        <translation>导入的译文：注明来源</translation>
    </message>
    <message>
        <source>Summary (&amp;English)</source>
        <translation>摘要（英文）(&amp;E)</translation>
    </message>
    <message>
        <source>English text is</source>
        <translation>英文文本为</translation>
    </message>
    <message>
        <source>Summary (&amp;Chinese)</source>
        <translation>摘要（中文）(&amp;C)</translation>
    </message>
    <message>
        <source>Chinese text is</source>
        <translation>中文文本为</translation>
    </message>
    <message>
        <source>Translation source</source>
        <translation>译文来源</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>出版物</translation>
    </message>
    <message>
        <source>Item number</source>
        <translation>条目编号</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Penalties (enforcement items)</source>
        <translation>处罚（执法类条目）</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>币种</translation>
    </message>
    <message>
        <source>Description (English)</source>
        <translation>说明（英文）</translation>
    </message>
    <message>
        <source>Description (Chinese)</source>
        <translation>说明（中文）</translation>
    </message>
    <message>
        <source>Add penalty</source>
        <translation>添加处罚</translation>
    </message>
    <message>
        <source>Remove penalty</source>
        <translation>删除处罚</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Obligation (English)</source>
        <translation>义务（英文）</translation>
    </message>
    <message>
        <source>Obligation (Chinese)</source>
        <translation>义务（中文）</translation>
    </message>
    <message>
        <source>Add obligation</source>
        <translation>添加义务</translation>
    </message>
    <message>
        <source>Remove obligation</source>
        <translation>删除义务</translation>
    </message>
    <message>
        <source>Selected obligation</source>
        <translation>所选义务</translation>
    </message>
    <message>
        <source>Applies to</source>
        <translation>适用对象</translation>
    </message>
    <message>
        <source>Own effective date</source>
        <translation>单独的生效日期</translation>
    </message>
    <message>
        <source>Parameters (e.g. logs kept at least 6 months)</source>
        <translation>参数（例如：日志留存不少于 6 个月）</translation>
    </message>
    <message>
        <source>Name (English)</source>
        <translation>名称（英文）</translation>
    </message>
    <message>
        <source>Name (Chinese)</source>
        <translation>名称（中文）</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>条件</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Up to</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Add parameter</source>
        <translation>添加参数</translation>
    </message>
    <message>
        <source>Remove parameter</source>
        <translation>删除参数</translation>
    </message>
    <message>
        <source>The amount of penalty %1 is not a number.</source>
        <translation>处罚 %1 的金额不是数字。</translation>
    </message>
    <message>
        <source>The region must be CN or a province code such as CN-BJ.</source>
        <translation>地区必须是 CN 或省级代码（如 CN-BJ）。</translation>
    </message>
    <message>
        <source>Find an authority by code or name</source>
        <translation>按代码或名称查找机构</translation>
    </message>
    <message>
        <source>approximate: %1</source>
        <translation>近似：%1</translation>
    </message>
    <message>
        <source>The source gave no date of its own. Set the exact day to replace the approximate date.</source>
        <translation>来源本身未注明日期。设置确切日期即可取代近似日期。</translation>
    </message>
    <message>
        <source>Issuers</source>
        <translation>发布机构</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Find an authority</source>
        <translation>查找机关</translation>
    </message>
    <message>
        <source>Reg&amp;ion</source>
        <translation>地区(&amp;I)</translation>
    </message>
    <message>
        <source>Penalties</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Obligations</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数</translation>
    </message>
</context>
<context>
    <name>rt::ui::DevelopmentTitleDelegate</name>
    <message>
        <source>no Chinese title</source>
        <translation>无中文标题</translation>
    </message>
    <message>
        <source>no English title</source>
        <translation>无英文标题</translation>
    </message>
</context>
<context>
    <name>rt::ui::DevelopmentsBrowser</name>
    <message>
        <source>Search titles, summaries and obligations in English or Chinese (Ctrl+F)</source>
        <translation>以中文或英文搜索标题、摘要和义务（Ctrl+F）</translation>
    </message>
    <message>
        <source>&lt;b&gt;Filter&lt;/b&gt;</source>
        <translation>&lt;b&gt;筛选&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>机构</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在检索…</translation>
    </message>
    <message>
        <source>Also searching for: %1</source>
        <translation>同时检索：%1</translation>
    </message>
    <message>
        <source>Announced from %1</source>
        <translation>发布于 %1 起</translation>
    </message>
    <message>
        <source>Announced until %1</source>
        <translation>发布于 %1 前</translation>
    </message>
    <message>
        <source>Announced %1 – %2</source>
        <translation>发布于 %1 – %2</translation>
    </message>
    <message>
        <source>Click to show developments of every date again</source>
        <translation>点击以重新显示所有日期的动态</translation>
    </message>
    <message>
        <source>Any company</source>
        <translation>任意公司</translation>
    </message>
    <message>
        <source>Binding on &amp;company:</source>
        <translation>约束的公司(&amp;C)：</translation>
    </message>
    <message>
        <source>Only developments with an obligation that binds this company</source>
        <translation>仅显示含有约束该公司之义务的动态</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n more</source>
        <translation>
            <numerusform>%1 等另外 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <source>Related terms added: %1</source>
        <translation>已加入相关词语：%1</translation>
    </message>
    <message>
        <source>Developments found only through related terms are listed after the exact matches: %1.
Click to search without them (the terms that had them are put in quotes).</source>
        <translation>只通过相关词语找到的动态排在精确匹配之后：%1。
点击即可不带相关词语检索（带相关词语的检索词会加上引号）。</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>检索</translation>
    </message>
    <message>
        <source>Developments</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>search “%1”</source>
        <translation>搜索“%1”</translation>
    </message>
    <message>
        <source>obligations of %1</source>
        <translation>%1 的义务</translation>
    </message>
</context>
<context>
    <name>rt::ui::DigestDialog</name>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>所有公司</translation>
    </message>
    <message>
        <source>Everybody</source>
        <translation>所有人</translation>
    </message>
    <message>
        <source>Mine (%1)</source>
        <translation>我的（%1）</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>期间(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Company:</source>
        <translation>公司(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Texts in:</source>
        <translation>内容语言(&amp;T)：</translation>
    </message>
    <message>
        <source>Copy the digest, ready to paste into an e-mail</source>
        <translation>复制摘要，可直接粘贴到电子邮件中</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>%1 new developments, %2 new obligations, %3 flagged for re-review, %4 fell due, %5 became overdue</source>
        <translation>新增动态 %1 条，新增义务 %2 项，标记复核 %3 项，已到期 %4 项，新近逾期 %5 项</translation>
    </message>
    <message>
        <source>Copied. Paste it into an e-mail.</source>
        <translation>已复制，可粘贴到电子邮件中。</translation>
    </message>
    <message>
        <source>Save digest</source>
        <translation>保存摘要</translation>
    </message>
    <message>
        <source>Web page (*.html);;Markdown (*.md);;JSON (*.json)</source>
        <translation>网页 (*.html);;Markdown (*.md);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
    <message>
        <source>Digest preview</source>
        <translation>摘要预览</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>复制(&amp;Y)</translation>
    </message>
</context>
<context>
    <name>rt::ui::FileDialogText</name>
    <message>
        <source>Folder</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 file</source>
        <translation>%1 文件</translation>
    </message>
</context>
<context>
    <name>rt::ui::FilterBar</name>
    <message>
        <source>Developments filtered by %1</source>
        <translation>动态已按%1筛选</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Show every development again</source>
        <translation>重新显示所有动态</translation>
    </message>
    <message>
        <source>Clear the filter</source>
        <translation>清除筛选</translation>
    </message>
</context>
<context>
    <name>rt::ui::HandbookDialog</name>
    <message>
        <source>RegTracker handbook</source>
        <translation>RegTracker 使用手册</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>章节</translation>
    </message>
    <message>
        <source>Handbook</source>
        <translation>使用手册</translation>
    </message>
</context>
<context>
    <name>rt::ui::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Handbook</source>
        <translation>使用手册(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About RegTracker</source>
        <translation>关于 RegTracker(&amp;A)</translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportAuthorityDialog</name>
    <message>
        <source>Add authority</source>
        <translation>添加机关</translation>
    </message>
    <message>
        <source>“%1” issued an item of the file but is not in the database. Add it so that the item can name it.</source>
        <translation>“%1”发布了文件中的一条动态，但不在数据库中。添加后该条目即可引用它。</translation>
    </message>
    <message>
        <source>Short code in capitals, e.g. SZ-CAC</source>
        <translation>大写短代码，例如 SZ-CAC</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>代码(&amp;C)：</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>英文名称(&amp;E)：</translation>
    </message>
    <message>
        <source>Name in &amp;Chinese:</source>
        <translation>中文名称(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>级别(&amp;L)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Parent:</source>
        <translation>上级(&amp;P)：</translation>
    </message>
    <message>
        <source>Give the authority a code.</source>
        <translation>请为机关填写代码。</translation>
    </message>
    <message>
        <source>The code %1 is already taken.</source>
        <translation>代码 %1 已被使用。</translation>
    </message>
    <message>
        <source>Give its name in English or Chinese.</source>
        <translation>请填写英文或中文名称。</translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportDialog</name>
    <message>
        <source>Heading</source>
        <translation>标题行</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Document title</source>
        <translation>文件名称</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>发布机关</translation>
    </message>
    <message>
        <source>Local issuer</source>
        <translation>地方发布机关</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>发布日期</translation>
    </message>
    <message>
        <source>Comments by</source>
        <translation>意见截止</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>生效</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Penalty</source>
        <translation>处罚</translation>
    </message>
    <message>
        <source>Obligation</source>
        <translation>义务</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>链接</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Newsletter</source>
        <translation>简报</translation>
    </message>
    <message>
        <source>Feed (RSS or Atom)</source>
        <translation>订阅源（RSS 或 Atom）</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>来源(&amp;S)：</translation>
    </message>
    <message>
        <source>Publication name, from the file when empty</source>
        <translation>出版物名称，留空则取自文件</translation>
    </message>
    <message>
        <source>Issue &amp;year:</source>
        <translation>期号年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>From the file</source>
        <translation>取自文件</translation>
    </message>
    <message>
        <source>Say which column of the file holds each field. Fields marked * are needed.</source>
        <translation>请指明文件中哪一列对应各个字段。带 * 的字段为必填。</translation>
    </message>
    <message>
        <source>The file &amp;holds:</source>
        <translation>文件内容(&amp;H)：</translation>
    </message>
    <message>
        <source>Developments</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Assessments (status updates of checklists)</source>
        <translation>评估（清单状态更新）</translation>
    </message>
    <message>
        <source>Each row updates one company&apos;s assessment of one obligation; empty cells leave a field as it is.</source>
        <translation>每行更新一家公司对一项义务的评估；空单元格保持该字段不变。</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>截止日期</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>全选(&amp;A)</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>全不选(&amp;N)</translation>
    </message>
    <message>
        <source>Source text</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>上一步(&amp;B)</translation>
    </message>
    <message>
        <source>Importable files (*.txt *.xml *.rss *.atom *.csv *.json)</source>
        <translation>可导入的文件 (*.txt *.xml *.rss *.atom *.csv *.json)</translation>
    </message>
    <message>
        <source>Newsletters (*.txt)</source>
        <translation>简报 (*.txt)</translation>
    </message>
    <message>
        <source>Feeds (*.xml *.rss *.atom)</source>
        <translation>订阅源 (*.xml *.rss *.atom)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>RegTracker exchange files (*.json)</source>
        <translation>RegTracker 交换文件 (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import exchange file</source>
        <translation>导入交换文件</translation>
    </message>
    <message>
        <source>%1 would add %2 developments and update %3, with %4 obligations; %5 authorities, %6 companies and %7 assessments. An import cannot be undone. Import it?</source>
        <translation>%1 将新增 %2 条动态、更新 %3 条，含 %4 项义务；另有 %5 个机关、%6 家公司和 %7 项评估。导入无法撤销。要导入吗？</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>%1 developments added, %2 updated; %3 companies and %4 assessments imported.</source>
        <translation>新增 %1 条动态，更新 %2 条；导入 %3 家公司和 %4 项评估。</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>%1 is an exchange file: import it from File → Import… without choosing a format.</source>
        <translation>%1 是交换文件：请通过“文件 → 导入…”导入，不要选择格式。</translation>
    </message>
    <message>
        <source>(not in file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>(cleared)</source>
        <translation>（已清除）</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>下一步(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>Nothing was detected in this text.</source>
        <translation>此文本中未识别出任何内容。</translation>
    </message>
    <message>
        <source>Found: %1</source>
        <translation>识别出：%1</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>提示：</translation>
    </message>
    <message>
        <source>Add authority “%1”…</source>
        <translation>添加机关“%1”…</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n item(s) chosen, with %2 obligations</source>
        <translation>
            <numerusform>已选 %n 条中的 %1 条，含 %2 项义务</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n item(s)…</source>
        <translation>
            <numerusform>正在导入 %n 条…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>未导入任何内容：%1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消，未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>%n development(s) added</source>
        <translation>
            <numerusform>新增 %n 条动态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>更新 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n 条未变</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n obligation(s) written</source>
        <translation>
            <numerusform>写入 %n 项义务</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) marked for re-review</source>
        <translation>
            <numerusform>%n 项评估标记为需重新审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Updating %n assessment(s)…</source>
        <translation>
            <numerusform>正在更新 %n 项评估…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assessment(s) updated</source>
        <translation>
            <numerusform>更新了 %n 项评估</numerusform>
        </translation>
    </message>
    <message>
        <source>What changed since the draft? Compare it…</source>
        <translation>与征求意见稿相比有何变化？对照…</translation>
    </message>
    <message>
        <source>The stored draft for comments against this final version, word by word</source>
        <translation>将已存储的征求意见稿与本正式版本逐词对照</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>正在检查 %1……</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1……</translation>
    </message>
</context>
<context>
    <name>rt::ui::ImportReviewDelegate</name>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
</context>
<context>
    <name>rt::ui::MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Content language</source>
        <translation>内容语言(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Interface language</source>
        <translation>界面语言(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>新建数据库(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;New development…</source>
        <translation>新建动态(&amp;N)…</translation>
    </message>
    <message>
        <source>Create a development (%1)</source>
        <translation>新建一条动态（%1）</translation>
    </message>
    <message>
        <source>&amp;Edit development…</source>
        <translation>编辑动态(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit the selected development (%1 or Enter)</source>
        <translation>编辑所选动态（%1 或回车）</translation>
    </message>
    <message>
        <source>&amp;Delete development</source>
        <translation>删除动态(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation>清除筛选(&amp;L)</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Show titles and texts in English</source>
        <translation>以英文显示标题和文本</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Show titles and texts in Chinese</source>
        <translation>以中文显示标题和文本</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>数据库：%1</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Delete development</source>
        <translation>删除动态</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n obligation(s)? Assessments of those obligations are deleted too. You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>删除“%1”及其 %n 项义务？这些义务的评估也会一并删除。可以通过“编辑 → 撤销”恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>RegTracker exchange files (*.json);;All files (*)</source>
        <translation>RegTracker 交换文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>Nothing was imported</source>
        <translation>未导入任何内容</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>RegTracker exchange files (*.json)</source>
        <translation>RegTracker 交换文件 (*.json)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>RegTracker cannot start</source>
        <translation>RegTracker 无法启动</translation>
    </message>
    <message numerus="yes">
        <source>%Ln development(s)</source>
        <translation>
            <numerusform>共 %Ln 条动态</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln development(s) match the filter</source>
        <translation>
            <numerusform>%Ln 条动态中有 %1 条符合筛选条件</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 developments added, %2 updated; %3 companies and %4 assessments imported. An import cannot be undone, so the undo history was cleared.</source>
        <translation>新增 %1 条动态，更新 %2 条；导入 %3 家公司和 %4 项评估。导入无法撤销，因此已清空撤销记录。</translation>
    </message>
    <message>
        <source>Developments</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>合规清单</translation>
    </message>
    <message>
        <source>Company matrix</source>
        <translation>公司矩阵</translation>
    </message>
    <message>
        <source>&amp;Developments</source>
        <translation>动态(&amp;D)</translation>
    </message>
    <message>
        <source>Check&amp;list</source>
        <translation>合规清单(&amp;L)</translation>
    </message>
    <message>
        <source>Company &amp;matrix</source>
        <translation>公司矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;New company…</source>
        <translation>新建公司(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Edit company…</source>
        <translation>编辑公司(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Delete company…</source>
        <translation>删除公司(&amp;D)…</translation>
    </message>
    <message>
        <source>Cannot edit</source>
        <translation>无法编辑</translation>
    </message>
    <message>
        <source>Delete company</source>
        <translation>删除公司</translation>
    </message>
    <message numerus="yes">
        <source>Delete “%1” with its %n assessment(s) and their evidence? You can undo this with Edit → Undo.</source>
        <translation>
            <numerusform>删除“%1”及其 %n 项评估和相关证据？可以通过“编辑 → 撤销”恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>English and Chinese</source>
        <translation>中英对照</translation>
    </message>
    <message>
        <source>EN + 中文</source>
        <translation>中英对照</translation>
    </message>
    <message>
        <source>Show titles and texts in English and Chinese side by side</source>
        <translation>中英文标题和正文对照显示</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>时间轴(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln development(s) on the timeline</source>
        <translation>
            <numerusform>时间轴上共 %Ln 条动态</numerusform>
        </translation>
    </message>
    <message>
        <source>Authority map</source>
        <translation>机构地图</translation>
    </message>
    <message>
        <source>&amp;Authority map</source>
        <translation>机构地图(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln authority(ies) on the map</source>
        <translation>
            <numerusform>地图上共 %Ln 个机构</numerusform>
        </translation>
    </message>
    <message>
        <source>Import e&amp;xchange file…</source>
        <translation>导入交换文件(&amp;X)…</translation>
    </message>
    <message>
        <source>&amp;Connect to team database…</source>
        <translation>连接团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>Team database: %1 — %2 (%3)</source>
        <translation>团队数据库：%1 — %2（%3）</translation>
    </message>
    <message>
        <source>%1 (demo data)</source>
        <translation>%1（示例数据）</translation>
    </message>
    <message>
        <source>Example data in a database of its own</source>
        <translation>独立数据库中的示例数据</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>A team database is backed up on its server, by its administrator.</source>
        <translation>团队数据库由其管理员在服务器上备份。</translation>
    </message>
    <message>
        <source>Backed up to %1</source>
        <translation>已备份到 %1</translation>
    </message>
    <message>
        <source>Not backed up</source>
        <translation>未备份</translation>
    </message>
    <message>
        <source>Chinese c&amp;haracters</source>
        <translation>中文字形(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Simplified, as stored</source>
        <translation>简体，按存储原样(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Traditional, Taiwan standard</source>
        <translation>繁体，台湾标准(&amp;T)</translation>
    </message>
    <message>
        <source>Traditional, &amp;Hong Kong standard</source>
        <translation>繁体，香港标准(&amp;H)</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法对照</translation>
    </message>
    <message>
        <source>&amp;What changed?…</source>
        <translation>有何变化？…(&amp;W)</translation>
    </message>
    <message>
        <source>Compare the selected development, or the development of the current checklist row, with its earlier version (%1)</source>
        <translation>将所选动态或当前合规清单行所属的动态与其较早版本对照（%1）</translation>
    </message>
    <message>
        <source>Nothing to compare</source>
        <translation>没有可对照的内容</translation>
    </message>
    <message>
        <source>“%1” has no earlier or later version, and it has not been changed since it was created.</source>
        <translation>“%1”没有较早或较新的版本，创建后也未曾修改。</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>日程(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s) on the agenda, %1 overdue</source>
        <translation>
            <numerusform>日程中有 %Ln 项，其中 %1 项逾期</numerusform>
        </translation>
    </message>
    <message>
        <source>Open the de&amp;mo</source>
        <translation>打开示例(&amp;M)</translation>
    </message>
    <message>
        <source>Res&amp;tore from backup…</source>
        <translation>从备份恢复(&amp;T)…</translation>
    </message>
    <message>
        <source>Com&amp;pany</source>
        <translation>公司(&amp;P)</translation>
    </message>
    <message>
        <source>Developments of every authority are shown again</source>
        <translation>已重新显示所有机关的动态</translation>
    </message>
    <message>
        <source>Developments filtered by %1</source>
        <translation>动态已按%1筛选</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln company(ies)</source>
        <translation>
            <numerusform>%Ln 家公司</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln topic(s)</source>
        <translation>
            <numerusform>%Ln 个主题</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1……</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>正在导出到 %1……</translation>
    </message>
</context>
<context>
    <name>rt::ui::PasswordStore</name>
    <message>
        <source>The system keychain did not answer.</source>
        <translation>系统钥匙串没有响应。</translation>
    </message>
    <message>
        <source>This computer has no system keychain that RegTracker can use.</source>
        <translation>此计算机上没有 RegTracker 可用的系统钥匙串。</translation>
    </message>
</context>
<context>
    <name>rt::ui::PictureExport</name>
    <message>
        <source>The picture could not be encoded.</source>
        <translation>无法编码图片。</translation>
    </message>
    <message>
        <source>The drawing could not be started.</source>
        <translation>无法开始绘制。</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png or .svg.</source>
        <translation>请选择以 .png 或 .svg 结尾的文件名。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>PNG pictures (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
</context>
<context>
    <name>rt::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Agenda and reminders</source>
        <translation>日程与提醒</translation>
    </message>
    <message>
        <source>Checklist rows whose owner is this name are yours: the agenda lists them first and shows them under “Mine”, and reminders are about them. Leave it empty to go by your user name, %1.</source>
        <translation>负责人为此名称的清单条目即为你的条目：日程把它们排在最前并列在“我的”之下，提醒也针对这些条目。留空则按你的用户名 %1 识别。</translation>
    </message>
    <message>
        <source>&amp;Remind me with a desktop notification when my rows fall due or become overdue</source>
        <translation>我的条目到期或逾期时以桌面通知提醒我(&amp;R)</translation>
    </message>
    <message>
        <source>Show an icon in the system &amp;tray with the number of overdue rows</source>
        <translation>在系统托盘(&amp;T)中显示图标及逾期条目数</translation>
    </message>
    <message>
        <source>&amp;Keep running in the tray when the window is closed</source>
        <translation>关闭窗口后在托盘中继续运行(&amp;K)</translation>
    </message>
    <message>
        <source>This desktop has no system tray.</source>
        <translation>当前桌面没有系统托盘。</translation>
    </message>
    <message>
        <source>My &amp;name as owner:</source>
        <translation>我作为负责人的名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Backups of a database file</source>
        <translation>数据库文件的备份</translation>
    </message>
    <message>
        <source>&amp;Back up the database when RegTracker closes, at most once a day</source>
        <translation>RegTracker 关闭时备份数据库，每天最多一次(&amp;B)</translation>
    </message>
    <message>
        <source>Backups to kee&amp;p:</source>
        <translation>保留的备份数(&amp;P)：</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Write dates as 2025-08-15 in sentences, tooltips and messages too (&amp;ISO 8601)</source>
        <translation>在句子、提示和消息中也将日期写作 2025-08-15（ISO 8601）(&amp;I)</translation>
    </message>
    <message>
        <source>Tables, lists and date fields always do. Otherwise sentences write dates as the interface language does (%1).</source>
        <translation>表格、列表和日期栏始终如此。否则，句子中的日期按界面语言的写法显示（%1）。</translation>
    </message>
</context>
<context>
    <name>rt::ui::RecentDatabasesMenu</name>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>没有最近打开的数据库</translation>
    </message>
    <message>
        <source>&amp;Clear the list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>rt::ui::RedlineView</name>
    <message>
        <source>Show:</source>
        <translation>显示：</translation>
    </message>
    <message>
        <source>&amp;Side by side</source>
        <translation>并排(&amp;S)</translation>
    </message>
    <message>
        <source>The earlier text with its deletions beside the later text with its insertions</source>
        <translation>较早文本（标出删除）与较新文本（标出新增）并排显示</translation>
    </message>
    <message>
        <source>&amp;Inline</source>
        <translation>合并(&amp;I)</translation>
    </message>
    <message>
        <source>One text with the deletions struck through and the insertions underlined</source>
        <translation>单一文本，删除内容加删除线，新增内容加下划线</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>语言：</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>中英文</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Only obligations that changed</source>
        <translation>仅显示有变化的义务(&amp;O)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>上一处变化</translation>
    </message>
    <message>
        <source>Go to the previous change (%1)</source>
        <translation>转到上一处变化（%1）</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>下一处变化</translation>
    </message>
    <message>
        <source>Go to the next change (%1)</source>
        <translation>转到下一处变化（%1）</translation>
    </message>
    <message>
        <source>Obligation changes (%1)</source>
        <translation>义务变化（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) flagged for re-review</source>
        <translation>
            <numerusform>%n 行标记为需重新审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n new</source>
        <translation>
            <numerusform>，新增 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Open in the checklist</source>
        <translation>在合规清单中打开</translation>
    </message>
    <message>
        <source>Show %1&apos;s checklist rows of this version</source>
        <translation>显示%1合规清单中本版本的各行</translation>
    </message>
    <message>
        <source>No company&apos;s checklist has rows these changes touch.</source>
        <translation>没有公司的合规清单中有受这些变化影响的行。</translation>
    </message>
    <message>
        <source>The later version is not stored yet: these rows are flagged when it is imported and linked to the earlier one.</source>
        <translation>较新版本尚未存储：导入并与较早版本关联后，这些行将被标记。</translation>
    </message>
    <message>
        <source>Affected checklists (%1)</source>
        <translation>受影响的合规清单（%1）</translation>
    </message>
    <message>
        <source>Compared text</source>
        <translation>对照文本</translation>
    </message>
    <message>
        <source>Obligations compared</source>
        <translation>义务对照</translation>
    </message>
</context>
<context>
    <name>rt::ui::RedlineWindow</name>
    <message>
        <source>What changed: %1</source>
        <translation>有何变化：%1</translation>
    </message>
    <message>
        <source>The earlier version: %1 (%2)</source>
        <translation>较早版本：%1（%2）</translation>
    </message>
    <message>
        <source>This version before the save of %1 by %2</source>
        <translation>本版本在 %1 由 %2 保存之前的状态</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>无法对照</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Export the redline as PDF</source>
        <translation>将修订对照稿导出为 PDF</translation>
    </message>
    <message>
        <source>Export the redline as HTML</source>
        <translation>将修订对照稿导出为 HTML</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>对照对象(&amp;C)：</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>导出 PDF…(&amp;P)</translation>
    </message>
    <message>
        <source>A printable redline with the affected checklists, for a memo (%1)</source>
        <translation>可打印的修订对照稿，附受影响的合规清单，可用于备忘录（%1）</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>导出 HTML…(&amp;H)</translation>
    </message>
    <message>
        <source>The redline as a web page, for a memo or an e-mail (%1)</source>
        <translation>网页形式的修订对照稿，可用于备忘录或电子邮件（%1）</translation>
    </message>
</context>
<context>
    <name>rt::ui::Reminders</name>
    <message>
        <source>Overdue: %1</source>
        <translation>已逾期：%1</translation>
    </message>
    <message>
        <source>Due today: %1</source>
        <translation>今天到期：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n checklist row(s) need you, %1 overdue</source>
        <translation>
            <numerusform>有 %n 项清单条目需要你处理，其中 %1 项已逾期</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checklist row(s) due today</source>
        <translation>
            <numerusform>今天有 %n 项清单条目到期</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2，%3</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>另有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Snooze until tomorrow</source>
        <translation>明天再提醒</translation>
    </message>
</context>
<context>
    <name>rt::ui::RowTick</name>
    <message>
        <source>Tick “%1”</source>
        <translation>勾选“%1”</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>取消勾选“%1”</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>rt::ui::Screenshot</name>
    <message>
        <source>Unknown view “%1”.</source>
        <translation>未知的视图“%1”。</translation>
    </message>
    <message>
        <source>Cannot write the picture %1.</source>
        <translation>无法写入图片 %1。</translation>
    </message>
    <message>
        <source>No checklist row has notes to show.</source>
        <translation>没有带备注的合规清单条目可供显示。</translation>
    </message>
    <message>
        <source>Cannot write the sample newsletter %1.</source>
        <translation>无法写入示例简报 %1。</translation>
    </message>
    <message>
        <source>Unknown role “%1” (roles: %2).</source>
        <translation>未知角色“%1”（可用角色：%2）。</translation>
    </message>
    <message>
        <source>No development has an earlier version to compare it with.</source>
        <translation>没有动态具有可供对照的较早版本。</translation>
    </message>
</context>
<context>
    <name>rt::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>查找(&amp;F)：</translation>
    </message>
    <message>
        <source>A command or a key</source>
        <translation>命令或按键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
</context>
<context>
    <name>rt::ui::StatusTray</name>
    <message>
        <source>RegTracker: nothing is overdue</source>
        <translation>RegTracker：没有逾期事项</translation>
    </message>
    <message numerus="yes">
        <source>RegTracker: %n overdue checklist row(s), yours: %1</source>
        <translation>
            <numerusform>RegTracker：%n 项清单条目逾期，其中你负责 %1 项</numerusform>
        </translation>
    </message>
    <message>
        <source>Show or hide RegTracker</source>
        <translation>显示或隐藏 RegTracker</translation>
    </message>
    <message>
        <source>Open the agenda</source>
        <translation>打开日程</translation>
    </message>
    <message>
        <source>Quit RegTracker</source>
        <translation>退出 RegTracker</translation>
    </message>
</context>
<context>
    <name>rt::ui::TimelineView</name>
    <message>
        <source>&amp;Lanes:</source>
        <translation>分行方式(&amp;L)：</translation>
    </message>
    <message>
        <source>By level</source>
        <translation>按层级</translation>
    </message>
    <message>
        <source>By authority</source>
        <translation>按机构</translation>
    </message>
    <message>
        <source>By topic</source>
        <translation>按主题</translation>
    </message>
    <message>
        <source>By kind</source>
        <translation>按类型</translation>
    </message>
    <message>
        <source>How developments are grouped into rows</source>
        <translation>动态在各行中的分组方式</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>即将到来</translation>
    </message>
    <message>
        <source>Show only comment deadlines and effective dates still to come</source>
        <translation>仅显示尚未到来的意见截止日期和生效日期</translation>
    </message>
    <message>
        <source>Show every development (Home)</source>
        <translation>显示全部动态（Home）</translation>
    </message>
    <message>
        <source>Save the visible timeline as a PNG picture or an SVG drawing</source>
        <translation>将当前可见的时间轴保存为 PNG 图片或 SVG 矢量图</translation>
    </message>
    <message>
        <source>Wheel: zoom · Drag: pan · Shift+drag: filter by dates · Tab: next development</source>
        <translation>滚轮：缩放 · 拖动：平移 · Shift+拖动：按日期筛选 · Tab：下一条动态</translation>
    </message>
    <message>
        <source>The developments on a time axis. The mouse wheel zooms, dragging pans, and dragging with Shift held chooses the dates the other views show. Tab and the arrow keys step from one development to the next.</source>
        <translation>按时间轴排列的动态。鼠标滚轮缩放，拖动平移，按住 Shift 拖动可选定其他视图显示的日期范围。Tab 键和方向键可逐条切换动态。</translation>
    </message>
    <message>
        <source>Comment deadline</source>
        <translation>意见截止</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>生效日期</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <source>Nothing is coming up: no comment deadline or effective date after today.</source>
        <translation>暂无即将到来的事项：今天之后没有意见截止日期或生效日期。</translation>
    </message>
    <message>
        <source>No development matches the filter.</source>
        <translation>没有符合筛选条件的动态。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Announced: %1</source>
        <translation>发布日期：%1</translation>
    </message>
    <message>
        <source>Comment deadline: %1</source>
        <translation>意见截止：%1</translation>
    </message>
    <message>
        <source>Effective: %1</source>
        <translation>生效日期：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln development(s), %2 – %3</source>
        <translation>
            <numerusform>%1：%Ln 条动态，%2 – %3</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1，%2，%3</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>时间轴</translation>
    </message>
    <message>
        <source>No development selected</source>
        <translation>未选择动态</translation>
    </message>
    <message>
        <source>RegTracker timeline</source>
        <translation>RegTracker 时间轴</translation>
    </message>
    <message>
        <source>Developments from %1 to %2</source>
        <translation>%1 至 %2 的动态</translation>
    </message>
    <message>
        <source>Export timeline</source>
        <translation>导出时间轴</translation>
    </message>
</context>
<context>
    <name>rt::ui::WelcomeDialog</name>
    <message>
        <source>Welcome to RegTracker</source>
        <translation>欢迎使用 RegTracker</translation>
    </message>
    <message>
        <source>RegTracker keeps regulatory developments and the obligations they create in a database, with a checklist for every company you look after. Choose where to start; RegTracker opens the same database again next time.</source>
        <translation>RegTracker 将监管动态及其带来的义务保存在数据库中，并为您负责的每家公司维护一份合规清单。请选择从哪里开始；下次启动时，RegTracker 会再次打开同一个数据库。</translation>
    </message>
    <message>
        <source>&amp;New empty database</source>
        <translation>新建空数据库(&amp;N)</translation>
    </message>
    <message>
        <source>Start your own database, with no developments and no companies yet.</source>
        <translation>创建您自己的数据库，其中尚无动态和公司。</translation>
    </message>
    <message>
        <source>Open the &amp;demo</source>
        <translation>打开示例(&amp;D)</translation>
    </message>
    <message>
        <source>Look around in example data: the developments of a technology regulation newsletter and three fictional companies, in a file of its own.</source>
        <translation>浏览示例数据：一期科技监管简报中的动态和三家虚构公司，保存在独立的文件中。</translation>
    </message>
    <message>
        <source>&amp;Open a database file…</source>
        <translation>打开数据库文件(&amp;O)…</translation>
    </message>
    <message>
        <source>A RegTracker database you or a colleague made before.</source>
        <translation>您或同事之前创建的 RegTracker 数据库。</translation>
    </message>
    <message>
        <source>&amp;Connect to a team database…</source>
        <translation>连接团队数据库(&amp;C)…</translation>
    </message>
    <message>
        <source>A database your team shares on a PostgreSQL server.</source>
        <translation>您的团队在 PostgreSQL 服务器上共用的数据库。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>rt::ui::WindowDocuments</name>
    <message>
        <source>Not exported</source>
        <translation>未导出</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>打印预览(&amp;V)…</translation>
    </message>
    <message>
        <source>What happened this week, ready to paste into an e-mail</source>
        <translation>本周发生了什么，可直接粘贴到电子邮件中</translation>
    </message>
    <message>
        <source>The checklist on screen as PDF or CSV, grouped and filtered as shown</source>
        <translation>按屏幕上的分组和筛选，将合规清单导出为 PDF 或 CSV</translation>
    </message>
    <message>
        <source>Open due dates as an iCalendar file, for one company or all</source>
        <translation>将未完成事项的截止日期导出为 iCalendar 文件，可选一家公司或所有公司</translation>
    </message>
    <message>
        <source>Print shows the checklist on screen or the selected development: open the Checklist tab or select a development.</source>
        <translation>打印的对象是屏幕上的合规清单或所选动态：请打开“合规清单”标签页或选择一条动态。</translation>
    </message>
    <message>
        <source>Open a company&apos;s checklist first.</source>
        <translation>请先打开一家公司的合规清单。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Not finished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <source>PDF document (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export checklist</source>
        <translation>导出合规清单</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Laying out the checklist…</source>
        <translation>正在排版合规清单…</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>已导出到 %1</translation>
    </message>
    <message>
        <source>Collecting every company&apos;s due dates…</source>
        <translation>正在收集所有公司的截止日期…</translation>
    </message>
    <message>
        <source>All companies</source>
        <translation>所有公司</translation>
    </message>
    <message>
        <source>Export deadlines</source>
        <translation>导出截止日期</translation>
    </message>
    <message>
        <source>Whose open due dates?</source>
        <translation>导出哪家公司未完成事项的截止日期？</translation>
    </message>
    <message>
        <source>all-companies</source>
        <translation>所有公司</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <source>Printing the checklist…</source>
        <translation>正在打印合规清单…</translation>
    </message>
    <message>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Di&amp;gest…</source>
        <translation>摘要(&amp;G)…</translation>
    </message>
    <message>
        <source>Export chec&amp;klist…</source>
        <translation>导出合规清单(&amp;K)…</translation>
    </message>
    <message>
        <source>Export dead&amp;lines…</source>
        <translation>导出截止日期(&amp;L)…</translation>
    </message>
</context>
<context>
    <name>rt::ui::Workspace</name>
    <message>
        <source>RegTracker databases (*.sqlite *.regtracker *.db);;All files (*)</source>
        <translation>RegTracker 数据库 (*.sqlite *.regtracker *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>Close %1 and open %2 in this window?</source>
        <translation>要关闭 %1 并在此窗口中打开 %2 吗？</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>RegTracker databases (*.sqlite *.regtracker)</source>
        <translation>RegTracker 数据库 (*.sqlite *.regtracker)</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>Cannot open the demo</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>A team database is backed up on its server, by its administrator.</source>
        <translation>团队数据库由其管理员在服务器上备份。</translation>
    </message>
    <message>
        <source>Not restored</source>
        <translation>未恢复</translation>
    </message>
    <message>
        <source>Your own lists</source>
        <translation>你自己的列表</translation>
    </message>
    <message>
        <source>RegTracker left out these files of your own lists and uses its built-in lists instead. Correct the lines named and start RegTracker again.</source>
        <translation>RegTracker 略过了你自己的列表中的以下文件，改用内置列表。请更正所指出的行，然后重新启动 RegTracker。</translation>
    </message>
</context>
<context>
    <name>rt::ui::ZoomableCanvas</name>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>缩小（−）</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
</context>
</TS>
