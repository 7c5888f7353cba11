<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>FeedParser</name>
    <message>
        <source>the document type (DOCTYPE) declares entities, which feeds are not allowed to do; the file is refused.</source>
        <translation>文档类型（DOCTYPE）声明了实体，订阅源不允许这样做；已拒绝该文件。</translation>
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
    <name>rt::app::CommandLine</name>
    <message>
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
    </message>
    <message>
        <source>RegTracker tracks regulatory developments and the obligations they create, per company.</source>
        <translation>RegTracker 跟踪监管动态及其为各公司带来的义务。</translation>
    </message>
    <message>
        <source>Unknown language “%1” (use en or zh_CN).</source>
        <translation>未知的语言“%1”（请使用 en 或 zh_CN）。</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>以 JSON 格式输出。</translation>
    </message>
    <message>
        <source>Check everything, write nothing.</source>
        <translation>全部检查，但不写入任何内容。</translation>
    </message>
    <message>
        <source>Fill the new database with the demo data.</source>
        <translation>在新数据库中载入演示数据。</translation>
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
        <source>Unknown command “%1”.</source>
        <translation>未知的命令“%1”。</translation>
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
        <source>generate needs --developments N and --companies M.</source>
        <translation>generate 需要 --developments N 和 --companies M。</translation>
    </message>
    <message>
        <source>--developments, --companies and --seed take whole numbers of at least 0.</source>
        <translation>--developments、--companies 和 --seed 的值必须是不小于 0 的整数。</translation>
    </message>
    <message>
        <source>%1 needs exactly one FILE.</source>
        <translation>%1 需要且只需要一个 FILE。</translation>
    </message>
    <message>
        <source>Unexpected argument “%1”.</source>
        <translation>多余的参数“%1”。</translation>
    </message>
    <message>
        <source>Window size in pixels.</source>
        <translation>窗口尺寸（像素）。</translation>
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
        <source>%1/%2 done</source>
        <translation>已完成 %1/%2</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <source>There is no company “%1” (regtracker companies lists them).</source>
        <translation>不存在公司“%1”（可用 regtracker companies 列出所有公司）。</translation>
    </message>
    <message>
        <source>The company: its id, uid or name.</source>
        <translation>公司：其 id、uid 或名称。</translation>
    </message>
    <message>
        <source>The file format: pdf or csv.</source>
        <translation>文件格式：pdf 或 csv。</translation>
    </message>
    <message>
        <source>Where to write the file.</source>
        <translation>文件的写入位置。</translation>
    </message>
    <message>
        <source>Group the checklist by development or by topic.</source>
        <translation>合规清单按动态或按主题分组。</translation>
    </message>
    <message>
        <source>%1 needs --company NAME_OR_ID and --out FILE.</source>
        <translation>%1 需要 --company NAME_OR_ID 和 --out FILE。</translation>
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
        <source>Searched for: %1</source>
        <translation>检索词：%1</translation>
    </message>
    <message>
        <source>%1 of %2 matches shown (--limit).</source>
        <translation>共 %2 条匹配，显示 %1 条（--limit）。</translation>
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
        <source>How developments read: en, zh or both (side by side). Default: the interface language.</source>
        <translation>动态的显示语言：en、zh 或 both（中英对照）。默认与界面语言相同。</translation>
    </message>
    <message>
        <source>--content takes en, zh or both.</source>
        <translation>--content 的取值为 en、zh 或 both。</translation>
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
        <source>The file format: auto, newsletter, rss, json or csv.</source>
        <translation>文件格式：auto、newsletter、rss、json 或 csv。</translation>
    </message>
    <message>
        <source>The publication the items come from (default: the file name).</source>
        <translation>条目所属的出版物（默认：文件名）。</translation>
    </message>
    <message>
        <source>The year of dates that give none (default: from the file).</source>
        <translation>未写年份的日期所属的年份（默认：取自文件）。</translation>
    </message>
    <message>
        <source>The newsletter, feed, CSV or exchange file to import.</source>
        <translation>要导入的简报、订阅源、CSV 或交换文件。</translation>
    </message>
    <message>
        <source>--format takes auto, newsletter, rss, json or csv, not “%1”.</source>
        <translation>--format 的取值为 auto、newsletter、rss、json 或 csv，而不是“%1”。</translation>
    </message>
    <message>
        <source>--year takes a year such as 2025.</source>
        <translation>--year 的取值为年份，例如 2025。</translation>
    </message>
    <message>
        <source>The file the import view reads.</source>
        <translation>导入视图读取的文件。</translation>
    </message>
    <message>
        <source>Use the database file PATH (or a postgresql:// address) instead of your own.</source>
        <translation>使用数据库文件 PATH（或 postgresql:// 地址），而不是你自己的数据库。</translation>
    </message>
    <message>
        <source>%1 already holds a database; init only creates new databases.</source>
        <translation>%1 中已有数据库；init 只创建新数据库。</translation>
    </message>
    <message>
        <source>Show the window as a user of ROLE sees it in a team database: %1.</source>
        <translation>按团队数据库中 ROLE 角色用户所见的样子显示窗口：%1。</translation>
    </message>
    <message>
        <source>Usage: regtracker [--db PATH] [--lang en|zh_CN]      start the application
       regtracker COMMAND [options]

Commands:
  stats                 counts of developments, authorities, obligations, companies, assessments
  list [--json]         every development with its fields in English and Chinese
  search TEXT [--json] [--limit N]  developments matching TEXT in either language, best first
  init [--demo]         create a new database (with the demo data)
  import FILE [--format auto|newsletter|rss|json|csv] [--source NAME] [--year YYYY]
         [--dry-run] [--json]  import a newsletter, feed, CSV or exchange file
  export FILE           write the whole database as an exchange file
  generate --developments N --companies M [--seed S]  add synthetic data for scale work
  companies [--json]    every company with its id and checklist progress
  report --company C --format pdf|csv --out FILE [--group development|topic]
                        a company&apos;s checklist (C: id, uid or name), in the --lang language
  export-deadlines --company C --out FILE.ics  a company&apos;s open due dates as a calendar
  shot VIEW OUT.png [--size WxH]  render a view to PNG; VIEW is browser, editor, checklist,
                        matrix, timeline, map, assessment, company, import, connect or conflict
                        (--help for its options)
  db copy --from A --to B [--json]  copy a whole database between SQLite files and PostgreSQL
                        (A and B: a file or a postgresql:// address; B must be new or empty)
  db init-roles [--limit-editors]  create the team roles on the --db PostgreSQL database
  db info [--json]      engine, address, schema version, your role and the rows per table
  version               print the version

Every command takes --db PATH or a postgresql:// address (default: your own database, created
with the demo data on first use) and --lang en|zh_CN. Run a command with --help for its options.
</source>
        <translation>用法：regtracker [--db PATH] [--lang en|zh_CN]      启动应用程序
      regtracker COMMAND [options]

命令：
  stats                 统计动态、机构、义务、公司和评估的数量
  list [--json]         列出所有动态及其中英文字段
  search TEXT [--json] [--limit N]  以中英文检索与 TEXT 匹配的动态，按相关度排序
  init [--demo]         创建新数据库（--demo：载入演示数据）
  import FILE [--format auto|newsletter|rss|json|csv] [--source NAME] [--year YYYY]
         [--dry-run] [--json]  导入简报、订阅源、CSV 或交换文件
  export FILE           将整个数据库写入交换文件
  generate --developments N --companies M [--seed S]  添加合成数据，用于规模测试
  companies [--json]    列出所有公司及其 id 和合规清单进度
  report --company C --format pdf|csv --out FILE [--group development|topic]
                        以 --lang 指定的语言输出公司的合规清单（C：id、uid 或名称）
  export-deadlines --company C --out FILE.ics  将公司未完成事项的截止日期导出为日历
  shot VIEW OUT.png [--size WxH]  将视图渲染为 PNG；VIEW 为 browser、editor、checklist、
                        matrix、timeline、map、assessment、company、import、connect 或 conflict
                        （用 --help 查看其选项）
  db copy --from A --to B [--json]  在 SQLite 文件与 PostgreSQL 之间复制整个数据库
                        （A 和 B：文件或 postgresql:// 地址；B 必须是新的或空的）
  db init-roles [--limit-editors]  在 --db 指定的 PostgreSQL 数据库上创建团队角色
  db info [--json]      显示引擎、地址、架构版本、你的角色及各表行数
  version               显示版本号

所有命令均支持 --db PATH 或 postgresql:// 地址（默认使用你自己的数据库，首次使用时创建
并载入演示数据）和 --lang en|zh_CN。在命令后加 --help 可查看该命令的选项。
</translation>
    </message>
    <message>
        <source>Take the picture as soon as the window first shows its developments, as on starting, before the facet counts and the rest arrive.</source>
        <translation>窗口首次显示动态时即刻截图（如同启动时），不等待分面计数等其余内容。</translation>
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
        <source>Interface language: en or zh_CN.</source>
        <translation>界面语言：en 或 zh_CN。</translation>
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
        <source>Unknown language “%1” (use en or zh_CN).</source>
        <translation>未知语言“%1”（请使用 en 或 zh_CN）。</translation>
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
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No developments were found in %1.</source>
        <translation>在 %1 中未找到任何动态。</translation>
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
        <source>Line %1: there is no company “%2” (give its identifier or its name).</source>
        <translation>第 %1 行：没有公司“%2”（请填写其标识或名称）。</translation>
    </message>
    <message>
        <source>Line %1: there is no obligation “%2”.</source>
        <translation>第 %1 行：没有义务“%2”。</translation>
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
</context>
<context>
    <name>rt::core::ExchangeImporter</name>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
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
        <source>%1 is %2 MB; RegTracker imports files of up to %3 MB.</source>
        <translation>%1 大小为 %2 MB；RegTracker 只导入不超过 %3 MB 的文件。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 是空文件。</translation>
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
    <name>rt::core::NewsletterParser</name>
    <message>
        <source>%1 names no year: dates without one are taken to be in %2.</source>
        <translation>%1 未注明年份：未写年份的日期按 %2 年处理。</translation>
    </message>
    <message>
        <source>No developments were found in %1.</source>
        <translation>在 %1 中未找到任何动态。</translation>
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
        <source>%1 is neither UTF-8 nor GB18030 text: line %2 has bytes that are not valid in either.</source>
        <translation>%1 既不是 UTF-8 也不是 GB18030 文本：第 %2 行含有两种编码都无效的字节。</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is %2 MB; RegTracker imports files of up to %3 MB.</source>
        <translation>%1 大小为 %2 MB；RegTracker 只导入不超过 %3 MB 的文件。</translation>
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
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
        <source>Needs re-&amp;review (the development changed)</source>
        <translation>需要重新审核(&amp;R)（动态已变更）</translation>
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
        <source>&amp;Attach file…</source>
        <translation>添加文件(&amp;A)…</translation>
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
        <source>S&amp;how:</source>
        <translation>显示(&amp;H)：</translation>
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
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation>取消勾选“%1”</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation>勾选“%1”</translation>
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
        <source>Re&amp;gion</source>
        <translation>地区(&amp;G)</translation>
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
        <source>RegTracker — %1</source>
        <translation>RegTracker — %1</translation>
    </message>
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
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
        <source>&amp;About RegTracker</source>
        <translation>关于 RegTracker(&amp;A)</translation>
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
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>RegTracker databases (*.sqlite *.db);;All files (*)</source>
        <translation>RegTracker 数据库 (*.sqlite *.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
    <message>
        <source>RegTracker could not be started for %1.</source>
        <translation>无法为 %1 启动 RegTracker。</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>新建数据库</translation>
    </message>
    <message>
        <source>RegTracker databases (*.sqlite)</source>
        <translation>RegTracker 数据库 (*.sqlite)</translation>
    </message>
    <message>
        <source>Not created</source>
        <translation>未创建</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File → Open database.</source>
        <translation>%1 已存在。请换一个文件名，或通过“文件 → 打开数据库”打开它。</translation>
    </message>
    <message>
        <source>About RegTracker</source>
        <translation>关于 RegTracker</translation>
    </message>
    <message>
        <source>&lt;h3&gt;RegTracker %1&lt;/h3&gt;&lt;p&gt;Tracks regulatory developments and the obligations they create, per company, in English and Chinese.&lt;/p&gt;&lt;p&gt;Database: %2&lt;br&gt;Schema version %3&lt;/p&gt;</source>
        <translation>&lt;h3&gt;RegTracker %1&lt;/h3&gt;&lt;p&gt;以中英双语跟踪监管动态及其为各公司带来的义务。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;br&gt;结构版本 %3&lt;/p&gt;</translation>
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
        <source>&amp;Company</source>
        <translation>公司(&amp;C)</translation>
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
