<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ApplicantPanel</name>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="62"/>
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="64"/>
        <location filename="../../ui/intake/applicant_panel.py" line="73"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="65"/>
        <location filename="../../ui/intake/applicant_panel.py" line="74"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="68"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="69"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="71"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="130"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="130"/>
        <source>单位名称</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="131"/>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="131"/>
        <source>经办人</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>AppointmentPage</name>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="253"/>
        <source>预约签到</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="254"/>
        <source>请输入或扫描预约码，也可以直接刷预约时登记的身份证</source>
        <translation>Type or scan your appointment code, or swipe the ID card you booked with</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="259"/>
        <source>预约码</source>
        <translation>Appointment code</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="265"/>
        <source>签到取号</source>
        <translation>Check in</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="267"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/banner.py" line="31"/>
        <source>关闭提示</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>CardPhoto</name>
    <message>
        <location filename="../../ui/devices/card_photo.py" line="32"/>
        <source>证件照片（仅显示，不保存）</source>
        <translation>ID card photo (display only, not saved)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/card_photo.py" line="35"/>
        <source>照片未解码</source>
        <translation>Photo not decoded</translation>
    </message>
    <message>
        <location filename="../../ui/devices/card_photo.py" line="36"/>
        <source>未配置照片解码库（WLT），请核对证件原件</source>
        <translation>No photo decoder (WLT) configured; please check the original ID card</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="58"/>
        <source>在左侧“今日办件”中选中办件，按 Enter 打开。</source>
        <translation>Select a case in “Today’s cases” on the left and press Enter to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="63"/>
        <source>继续收件(&amp;C)</source>
        <translation>&amp;Continue intake</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="66"/>
        <source>证照编号（可不填）</source>
        <translation>Certificate no. (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="68"/>
        <source>结果到件登记(&amp;R)</source>
        <translation>&amp;Register result</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="70"/>
        <source>当场办结(&amp;J)</source>
        <translation>Complete on the spot (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="73"/>
        <source>补交容缺材料(&amp;B)</source>
        <translation>Deferred material &amp;brought</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="75"/>
        <source>出件(&amp;I)</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="78"/>
        <source>打印取件凭条(&amp;T)</source>
        <translation>Print collection slip (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="96"/>
        <location filename="../../ui/cases/case_detail.py" line="130"/>
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="96"/>
        <source>核验结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="96"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="117"/>
        <source>重新打印所选文书</source>
        <translation>Reprint selected document</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="126"/>
        <source>办理过程</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="127"/>
        <source>文书（Enter 预览）</source>
        <translation>Documents (Enter to preview)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="160"/>
        <source>代理人</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="165"/>
        <source>申请人：{0}  {1} {2}  电话 {3}</source>
        <translation>Applicant: {0}  {1} {2}  phone {3}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="169"/>
        <source>收件 {0:%Y-%m-%d %H:%M}</source>
        <translation>Received {0:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="171"/>
        <source>承诺办结 {0:%Y-%m-%d}</source>
        <translation>Promised by {0:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="173"/>
        <source>（暂按周末计算）</source>
        <translation> (weekends only for now: the year&apos;s holidays are not yet entered)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="176"/>
        <source>补正期限 {0:%Y-%m-%d}</source>
        <translation>Supplement due {0:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="178"/>
        <source>证照编号 {0}</source>
        <translation>Certificate no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="180"/>
        <source>不予受理理由：{0}</source>
        <translation>Refusal reason: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="184"/>
        <source>待补交：{0}</source>
        <translation>Still owed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="200"/>
        <source>［后台］</source>
        <translation>[back office] </translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="207"/>
        <source>已打印</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="207"/>
        <source>未打印</source>
        <translation>not printed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="224"/>
        <source>已超期：承诺办结日 {0}</source>
        <translation>Overdue: promised by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="226"/>
        <source>临近承诺期限：承诺办结日 {0}</source>
        <translation>Due soon: promised by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="265"/>
        <source>{0} 结果已到件，现为“{1}”，可出件。</source>
        <translation>{0}: result registered, now “{1}”; ready to issue.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="273"/>
        <source>{0} 已当场办结，现为“{1}”。</source>
        <translation>{0}: completed on the spot, now “{1}”.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="281"/>
        <source>{0} 容缺材料已补交。</source>
        <translation>{0}: deferred material received.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="298"/>
        <source>重打凭条</source>
        <translation>Reprint slip</translation>
    </message>
</context>
<context>
    <name>CategoryButton</name>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="73"/>
        <source>{0}字头</source>
        <translation>{0} numbers</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="75"/>
        <source>{0}字头 · 等候{1}人</source>
        <translation>{0} numbers · {1} waiting</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="77"/>
        <source>暂停取号</source>
        <translation>Closed for tickets</translation>
    </message>
</context>
<context>
    <name>CategoryCard</name>
    <message>
        <location filename="../../ui/display/panels.py" line="163"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/display/panels.py" line="165"/>
        <source>等候 {0} 人</source>
        <translation>{0} waiting</translation>
    </message>
    <message>
        <location filename="../../ui/display/panels.py" line="167"/>
        <source>暂停取号</source>
        <translation>Closed for tickets</translation>
    </message>
</context>
<context>
    <name>CurrentCallPanel</name>
    <message>
        <location filename="../../ui/display/panels.py" line="66"/>
        <source>正在连接中心服务器…</source>
        <translation>Connecting to the central server…</translation>
    </message>
    <message>
        <location filename="../../ui/display/panels.py" line="72"/>
        <source>正在呼叫</source>
        <translation>Now calling</translation>
    </message>
    <message>
        <location filename="../../ui/display/panels.py" line="74"/>
        <source>→ {0}</source>
        <translation>→ {0}</translation>
    </message>
    <message>
        <location filename="../../ui/display/panels.py" line="75"/>
        <source>请{0}号到{1}办理</source>
        <translation>Number {0}, please go to {1}</translation>
    </message>
    <message>
        <location filename="../../ui/display/panels.py" line="84"/>
        <source>叫号信息</source>
        <translation>Calls</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="21"/>
        <source>受理 (F9)</source>
        <translation>Accept (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="23"/>
        <source>材料齐全、符合法定形式：受理并打印受理通知书</source>
        <translation>Materials complete and in due form: accept and print the acceptance notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="24"/>
        <source>一次性告知 (F10)</source>
        <translation>Deficiency notice (F10)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="25"/>
        <source>材料不齐或不符合要求：一次性告知需补正的全部材料</source>
        <translation>Materials incomplete or wrong: list everything to supplement in one notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="26"/>
        <source>不予受理 (F11)</source>
        <translation>Refuse (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="28"/>
        <source>不属于本机关职权范围等情形：写明理由，打印不予受理通知书</source>
        <translation>Outside this authority’s remit etc.: state the reason, print the refusal notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="29"/>
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="30"/>
        <source>删除这份尚未决定的收件草稿</source>
        <translation>Delete this undecided intake draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="50"/>
        <source>不予受理的理由（将写入通知书）</source>
        <translation>Reason for refusal (printed on the notice)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="54"/>
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="80"/>
        <source>不予受理理由：</source>
        <translation>Refusal reason:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="82"/>
        <source>确认不予受理 (Enter)</source>
        <translation>Confirm refusal (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="90"/>
        <source>放弃这份草稿？已录入的申请人和材料核验结果将删除。</source>
        <translation>Discard this draft? The applicant and material checks entered will be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="92"/>
        <source>确认放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="100"/>
        <source>请先写明不予受理的理由：</source>
        <translation>Please state the reason for refusal first:</translation>
    </message>
</context>
<context>
    <name>DeviceHub</name>
    <message>
        <location filename="../../ui/devices/hub.py" line="155"/>
        <source>已读卡</source>
        <translation>Card read</translation>
    </message>
</context>
<context>
    <name>DeviceIcons</name>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="72"/>
        <source>未配置</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="82"/>
        <source>（模拟设备）</source>
        <translation> (simulated)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="84"/>
        <source>点击打开设备设置</source>
        <translation>Click to open device settings</translation>
    </message>
</context>
<context>
    <name>DeviceSettingsDialog</name>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="56"/>
        <source>设备设置</source>
        <translation>Device settings</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="68"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="68"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="68"/>
        <source>地址（URL）</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="86"/>
        <source>测试</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="105"/>
        <source>sim:// 为模拟设备（演示与培训用）。测试会真实操作设备：读一张证、扫一页、打印测试页、请评价器评价。</source>
        <translation>sim:// is a simulated device (for demos and training). Testing really operates the device: reads a card, scans a page, prints a test page, asks the rating pad for a rating.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="114"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="115"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="139"/>
        <source>请在15秒内把证件放到读卡器上……</source>
        <translation>Place an ID card on the reader within 15 seconds…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="140"/>
        <source>请在评价器上按一个评价（60秒内）……</source>
        <translation>Press a rating on the rating pad (within 60 seconds)…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="141"/>
        <source>请扫描一个条码（30秒内）……</source>
        <translation>Scan a barcode (within 30 seconds)…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="143"/>
        <source>测试中……</source>
        <translation>Testing…</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="23"/>
        <source>身份证读卡器</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="24"/>
        <source>扫描仪/高拍仪</source>
        <translation>Scanner/document camera</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="25"/>
        <source>文书打印机</source>
        <translation>Document printer</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="26"/>
        <source>凭条打印机</source>
        <translation>Slip printer</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="27"/>
        <source>好差评评价器</source>
        <translation>Rating pad</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="28"/>
        <source>扫码枪</source>
        <translation>Barcode scanner</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../../ui/display/window.py" line="51"/>
        <location filename="../../ui/display/window.py" line="87"/>
        <source>大厅叫号屏</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="123"/>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="156"/>
        <source>请留意叫号</source>
        <translation>Please watch for your number</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="156"/>
        <source>叫到您的号码时，请到所示窗口办理</source>
        <translation>When your number is called, please go to the window shown</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="175"/>
        <source>● 已连接</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="183"/>
        <source>正在连接中心服务器…</source>
        <translation>Connecting to the central server…</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="184"/>
        <source>● 连接中</source>
        <translation>● Connecting</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="188"/>
        <source>连接中断，正在重新连接…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="189"/>
        <source>{0}（{1}起）</source>
        <translation>{0} (since {1})</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="190"/>
        <source>● 连接中断</source>
        <translation>● Disconnected</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="278"/>
        <location filename="../../ui/display/window.py" line="281"/>
        <source>音量 {0}%</source>
        <translation>Volume {0}%</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="284"/>
        <source>每次叫号播报 {0} 遍</source>
        <translation>Each call read out {0} time(s)</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="313"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="314"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="315"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="316"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="317"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="318"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="319"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="322"/>
        <source>{0}月{1}日 {2} {3}</source>
        <translation>{2}, {0}/{1} {3}</translation>
    </message>
</context>
<context>
    <name>EvaluatorWindow</name>
    <message>
        <location filename="../../ui/devices/evaluator_screen.py" line="44"/>
        <source>请您评价本次服务</source>
        <translation>Please rate our service</translation>
    </message>
    <message>
        <location filename="../../ui/devices/evaluator_screen.py" line="56"/>
        <source>感谢您的评价！</source>
        <translation>Thank you for your rating!</translation>
    </message>
    <message>
        <location filename="../../ui/devices/evaluator_screen.py" line="84"/>
        <source>请您对本次服务作出评价</source>
        <translation>Please rate this service</translation>
    </message>
    <message>
        <location filename="../../ui/devices/evaluator_screen.py" line="102"/>
        <source>请选择不满意的方面和原因（可多选）</source>
        <translation>What were you unhappy with, and why? (choose any)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/evaluator_screen.py" line="114"/>
        <source>您还想说的话（可不填）</source>
        <translation>Anything else you would like to say (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/evaluator_screen.py" line="116"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../ui/devices/evaluator_screen.py" line="118"/>
        <source>提交评价</source>
        <translation>Submit rating</translation>
    </message>
    <message>
        <location filename="../../ui/devices/evaluator_screen.py" line="139"/>
        <source>办件 {0}    {1}  {2}</source>
        <translation>Case {0}    {1}  {2}</translation>
    </message>
</context>
<context>
    <name>HallDisplay</name>
    <message>
        <location filename="../../ui/display/app.py" line="50"/>
        <source>语音播报不可用（{0}）</source>
        <translation>Voice announcements unavailable ({0})</translation>
    </message>
    <message>
        <location filename="../../ui/display/app.py" line="71"/>
        <source>演示服务器未能启动（{0}），正在重试。</source>
        <translation>The demo server did not start ({0}); retrying.</translation>
    </message>
</context>
<context>
    <name>InlineEntry</name>
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="24"/>
        <source>Enter 确定 · Esc 取消</source>
        <translation>Enter to confirm · Esc to cancel</translation>
    </message>
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="38"/>
        <source>纸质号票号码</source>
        <translation>Paper ticket number</translation>
    </message>
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="38"/>
        <source>叫号号码</source>
        <translation>Number to call</translation>
    </message>
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="40"/>
        <source>如 A012</source>
        <translation>e.g. A012</translation>
    </message>
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="43"/>
        <source>暂停原因</source>
        <translation>Reason for the pause</translation>
    </message>
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="45"/>
        <source>如 午休、临时离开（可不填）</source>
        <translation>e.g. lunch break, stepped away (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="51"/>
        <source>类别：{0}</source>
        <translation>Category: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="53"/>
        <source>窗口：{0}</source>
        <translation>Window: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="54"/>
        <source>转往</source>
        <translation>Transfer to</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="73"/>
        <source>申请人  [F3]</source>
        <translation>Applicant  [F3]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="78"/>
        <source>申请材料  [F4]</source>
        <translation>Materials  [F4]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="79"/>
        <source>扫描件  [Ctrl+Shift+S]</source>
        <translation>Scans  [Ctrl+Shift+S]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="108"/>
        <source>先选择事项：按 F2 输入名称、编码或拼音首字母，Enter 选定。申请人可先读卡或录入。</source>
        <translation>First pick the matter: press F2, type a name, code or pinyin initials, Enter to pick. The applicant may be read from the ID card or typed first.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="145"/>
        <source>承诺时限：{0}</source>
        <translation>Promised: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="147"/>
        <source>法定时限：{0}</source>
        <translation>Statutory: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="152"/>
        <source>受理条件：{0}</source>
        <translation>Conditions: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="153"/>
        <source>收费：{0}</source>
        <translation>Fee: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="154"/>
        <source>结果：{0}</source>
        <translation>Result: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="158"/>
        <source>一件事包含：{0}</source>
        <translation>Bundle of: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="159"/>
        <source>办件编号：{0}（{1}）</source>
        <translation>Case no. {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="195"/>
        <source>申请人</source>
        <translation>applicant</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="195"/>
        <source>代理人/经办人</source>
        <translation>agent/contact person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="196"/>
        <source>已读取{0}：{1} {2}，已填入{3}。</source>
        <translation>Read {0}: {1} {2}, filled in as {3}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="200"/>
        <source>请选择事项（F2）。</source>
        <translation>Please pick a matter (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="209"/>
        <source>{0}号：{1}</source>
        <translation>No. {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="211"/>
        <source>正在办理{0}号：按 F2 选择事项。</source>
        <translation>Serving No. {0}: press F2 to choose the matter.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="259"/>
        <source>还没有办件：请先按 F2 选择事项。</source>
        <translation>No case yet: press F2 and pick a matter first.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="277"/>
        <source>已出具一次性告知书，办件编号 {0}（{1}）。</source>
        <translation>Deficiency notice issued, case no. {0} ({1}). </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="279"/>
        <source>已出具不予受理通知书，办件编号 {0}。</source>
        <translation>Refusal notice issued, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="284"/>
        <source>已受理，办件编号 {0}，承诺 {1} 前办结。</source>
        <translation>Accepted, case no. {0}, promised by {1}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="283"/>
        <source>（暂按周末计算）</source>
        <translation> (weekends only for now: the year&apos;s holidays are not yet entered)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="286"/>
        <source>已受理，办件编号 {0}。</source>
        <translation>Accepted, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="288"/>
        <source>{0}已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="291"/>
        <source>打印失败，文书已保存，可重新打印。</source>
        <translation>Printing failed; the document is kept and can be reprinted.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="295"/>
        <source>重新打印 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="334"/>
        <source>草稿已放弃。</source>
        <translation>Draft discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="352"/>
        <source>继续办理 {0}（{1}）：核验补交的材料后按 F9 受理。</source>
        <translation>Continuing {0} ({1}): check the materials brought, then F9 to accept.</translation>
    </message>
</context>
<context>
    <name>IssuancePanel</name>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="49"/>
        <source>输入或扫描办件编号，Enter 查找</source>
        <translation>Type or scan the case number, Enter to find</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="54"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="57"/>
        <source>办件编号 [F6]</source>
        <translation>Case no. [F6]</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="60"/>
        <source>尚未查找办件。</source>
        <translation>No case looked up yet.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="91"/>
        <source>领取方式</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="92"/>
        <source>领取人</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="93"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="94"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="95"/>
        <source>快递单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="96"/>
        <source>邮寄地址</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="104"/>
        <source>出件 (Ctrl+Enter)</source>
        <translation>Issue (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="118"/>
        <source>领取</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="133"/>
        <source>请输入或扫描办件编号。</source>
        <translation>Please type or scan a case number.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="150"/>
        <source>{0}  ·  {1}  ·  {2}
申请人：{3}  {4} {5}</source>
        <translation>{0}  ·  {1}  ·  {2}
Applicant: {3}  {4} {5}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="159"/>
        <source>结果：{0}  {1}</source>
        <translation>Result: {0}  {1}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="178"/>
        <source>该办件当前为“{0}”，结果尚未到件，不能出件。</source>
        <translation>This case is “{0}”: its result has not arrived, it cannot be issued.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="180"/>
        <source>该办件已出件：{0}</source>
        <translation>Already issued: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="218"/>
        <source>已读取领取人证件，请核对后按 Ctrl+Enter 出件。</source>
        <translation>Collector’s ID card read; check it, then press Ctrl+Enter to issue.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="249"/>
        <source>已出件，办件编号 {0}。</source>
        <translation>Issued, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="251"/>
        <source>{0}已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="256"/>
        <source>重新打印 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="211"/>
        <source>数字</source>
        <translation>Digits</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="211"/>
        <source>字母</source>
        <translation>Letters</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="215"/>
        <location filename="../../ui/kiosk/pages.py" line="223"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="216"/>
        <location filename="../../ui/kiosk/pages.py" line="221"/>
        <source>清空</source>
        <translation>Clear</translation>
    </message>
</context>
<context>
    <name>KioskCardReader</name>
    <message>
        <location filename="../../ui/kiosk/card_reader.py" line="80"/>
        <source>证件信息无法识别，请重新放置证件或直接选择业务取号。</source>
        <translation>The card could not be read. Place it again, or just choose a service.</translation>
    </message>
</context>
<context>
    <name>KioskWindow</name>
    <message>
        <location filename="../../ui/kiosk/window.py" line="47"/>
        <location filename="../../ui/kiosk/window.py" line="78"/>
        <location filename="../../ui/kiosk/window.py" line="278"/>
        <source>取号机</source>
        <translation>Ticket kiosk</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="80"/>
        <source>正在连接服务器…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="96"/>
        <source>正在取号，请稍候…</source>
        <translation>Getting your ticket, please wait…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="113"/>
        <source>取号机正在启动</source>
        <translation>The kiosk is starting</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="113"/>
        <source>正在连接服务器，请稍候…</source>
        <translation>Connecting to the server, please wait…</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="192"/>
        <source>请输入预约码，或刷预约时登记的身份证。</source>
        <translation>Type your appointment code, or swipe the ID card you booked with.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="212"/>
        <source>预计等待约{0}分钟</source>
        <translation>Estimated wait about {0} min</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="214"/>
        <source>即将叫号，请勿远离</source>
        <translation>You will be called soon, please stay near</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="216"/>
        <source>{0} · 取号时间 {1:%H:%M}</source>
        <translation>{0} · taken at {1:%H:%M}</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="219"/>
        <source>网络中断期间离线取号，号码有效，请留意叫号屏幕和语音提示。</source>
        <translation>Issued offline while the network is down. The number is valid: watch the display and listen for your call.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="220"/>
        <source>请取走号票。</source>
        <translation>Please take your ticket.</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="232"/>
        <source>该业务暂停取号</source>
        <translation>This service is closed for tickets</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="233"/>
        <source>今日号源已满</source>
        <translation>No more tickets today</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="234"/>
        <source>您已在排队</source>
        <translation>You are already in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="235"/>
        <source>未找到预约</source>
        <translation>Appointment not found</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="236"/>
        <source>预约签到暂不可用</source>
        <translation>Check-in unavailable for now</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="237"/>
        <source>该业务不存在</source>
        <translation>No such service</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="240"/>
        <source>离线号码已发完</source>
        <translation>Offline numbers used up</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="242"/>
        <location filename="../../ui/kiosk/window.py" line="304"/>
        <source>暂时无法取号</source>
        <translation>Tickets unavailable for now</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="264"/>
        <source>身份证未能读取</source>
        <translation>ID card not read</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="270"/>
        <source>取号机未能启动</source>
        <translation>The kiosk did not start</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="280"/>
        <source>● 联网取号</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="282"/>
        <source>● 网络中断 · 离线取号</source>
        <translation>● Network down · offline tickets</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="284"/>
        <source>● 未连接服务器</source>
        <translation>● Not connected</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="286"/>
        <source> · {0}张待上报</source>
        <translation> · {0} to report</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="15"/>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16"/>
        <source>企业法人</source>
        <translation>Enterprise legal person</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17"/>
        <source>事业法人</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18"/>
        <source>社会组织法人</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19"/>
        <source>非法人企业</source>
        <translation>Unincorporated enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20"/>
        <source>行政机关</source>
        <translation>Government body</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21"/>
        <source>其他组织</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28"/>
        <source>普通护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29"/>
        <source>港澳居民来往内地通行证</source>
        <translation>HK/Macao travel permit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30"/>
        <source>台湾居民来往大陆通行证</source>
        <translation>Taiwan travel permit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31"/>
        <source>外国人永久居留身份证</source>
        <translation>Foreign permanent resident ID</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32"/>
        <source>港澳台居民居住证</source>
        <translation>HK/Macao/Taiwan residence permit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="34"/>
        <source>其他证件</source>
        <translation>Other ID</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44"/>
        <source>本人领取</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45"/>
        <source>代领</source>
        <translation>By an agent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="46"/>
        <source>邮寄</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52"/>
        <source>已超期</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="53"/>
        <source>即将到期</source>
        <translation>due soon</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/sign_in/session.py" line="78"/>
        <source>一窗通办 — {0} {1}（{2}）</source>
        <translation>OneWindow — {0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="67"/>
        <source>收件 [F2]</source>
        <translation>Intake [F2]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68"/>
        <source>出件 [F6]</source>
        <translation>Issuance [F6]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="69"/>
        <source>办件详情</source>
        <translation>Case detail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="128"/>
        <source>正在打开本地数据库和事项清单……</source>
        <translation>Opening the local database and matter list…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170"/>
        <source>工作台无法启动：{0}。请联系运维人员；已有数据未受影响。</source>
        <translation>The workbench could not start: {0}. Please contact IT support; existing data is unaffected.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172"/>
        <source>启动失败</source>
        <translation>Startup failed</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="52"/>
        <source>切换用户 · 同步</source>
        <translation>Switch user · Sync</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="80"/>
        <source>{0}
窗口人员：{1}</source>
        <translation>{0}
Clerk: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="96"/>
        <source>（离线登录）</source>
        <translation> (offline sign-in)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="97"/>
        <source>{0} 已登录{1}</source>
        <translation>{0} signed in{1}</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="57"/>
        <source>切换用户 / 退出登录	Ctrl+Shift+L</source>
        <translation>Switch user / sign out	Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="58"/>
        <source>同步状态	Ctrl+Shift+Y</source>
        <translation>Sync status	Ctrl+Shift+Y</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="193"/>
        <source>今日办件  [F5 刷新]</source>
        <translation>Today’s cases  [F5 refresh]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="194"/>
        <source>本窗口</source>
        <translation>This window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301"/>
        <source>收件中还有未办完的申请人：请先作出决定或放弃草稿，再按 Ctrl+F7 用{0}号开始收件。</source>
        <translation>An applicant is still in intake: decide or discard the draft first, then press Ctrl+F7 to start intake with No. {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="358"/>
        <source>设备设置未能保存：{0}</source>
        <translation>Device settings could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="354"/>
        <source>设备设置已保存</source>
        <translation>Device settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="192"/>
        <source>叫号  [F7 叫下一位]</source>
        <translation>Queue  [F7 next]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="250"/>
        <source>已刷新</source>
        <translation>Refreshed</translation>
    </message>
</context>
<context>
    <name>MaterialChecklist</name>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="76"/>
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="76"/>
        <source>类别</source>
        <translation>Necessity</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="76"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="76"/>
        <source>核验结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="76"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="94"/>
        <source>申请材料核验</source>
        <translation>Material check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="102"/>
        <source>写明不符合要求的原因，告知书会列出（Enter 确认，Esc 取消）</source>
        <translation>Why it is not acceptable, printed on the notice (Enter confirms, Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="113"/>
        <source>其余全部已收取 (Ctrl+Shift+A)</source>
        <translation>All others received (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="114"/>
        <source>把所有“未核验”的材料标为已收取；已标记的不变</source>
        <translation>Mark every unchecked material as received; marked ones stay as they are</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="198"/>
        <source>空格 切换</source>
        <translation>Space toggle</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="227"/>
        <source>“{0}”不符合要求的原因：</source>
        <translation>Why “{0}” is not acceptable:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="235"/>
        <source>请写明不符合要求的原因，告知书会一并列出</source>
        <translation>Please state why it is not acceptable; the notice lists it</translation>
    </message>
</context>
<context>
    <name>MaterialPages</name>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="94"/>
        <source>扫描件缩略图</source>
        <translation>Scan thumbnails</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="101"/>
        <source>平板</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="102"/>
        <source>进纸器</source>
        <translation>Feeder</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="104"/>
        <source>彩色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="104"/>
        <source>灰度</source>
        <translation>Greyscale</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="104"/>
        <source>黑白</source>
        <translation>Black &amp; white</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="106"/>
        <source>扫描 (Ctrl+S)</source>
        <translation>Scan (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="108"/>
        <source>导入 (Ctrl+O)</source>
        <translation>Import (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="182"/>
        <source>选择事项后，在材料清单中选中一项材料，按 Ctrl+S 扫描。</source>
        <translation>After picking a matter, select a material in the checklist and press Ctrl+S to scan.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="184"/>
        <source>“{0}”的扫描件：{1} 页</source>
        <translation>Scans of “{0}”: {1} page(s)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="216"/>
        <source>第{0}页</source>
        <translation>Page {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="228"/>
        <source>请先选择事项，并在材料清单中选中要扫描的材料。</source>
        <translation>Please pick a matter first and select the material to scan in the checklist.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="241"/>
        <source>没有配置扫描仪：请在设备设置中选择扫描仪。</source>
        <translation>No scanner configured: choose one in the device settings.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="253"/>
        <source>正在扫描“{0}”……</source>
        <translation>Scanning “{0}”…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="276"/>
        <source>导入扫描件</source>
        <translation>Import scans</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="276"/>
        <source>图像 (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="312"/>
        <source>已为“{0}”添加 {1} 页。</source>
        <translation>Added {1} page(s) to “{0}”. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="314"/>
        <source>{0} 页与已有扫描件相同，未重复添加。</source>
        <translation>{0} page(s) already scanned, not added again. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="316"/>
        <source>未添加：{0}</source>
        <translation>Not added: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="346"/>
        <source>删除第{0}页？再按 Del 删除，按 Esc 保留。</source>
        <translation>Delete page {0}? Press Del again to delete, Esc to keep.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="367"/>
        <source>R/Shift+R 旋转  Ctrl+←/→ 移动  Del 删除</source>
        <translation>R/Shift+R rotate  Ctrl+←/→ move  Del delete</translation>
    </message>
</context>
<context>
    <name>MatterSearch</name>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="35"/>
        <source>输入事项名称、编码或拼音首字母（如 jhdj）查找事项  [F2]</source>
        <translation>Find a matter by name, code or pinyin initials (e.g. jhdj)  [F2]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="37"/>
        <source>事项查找</source>
        <translation>Matter search</translation>
    </message>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="62"/>
        <source>一件事</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="67"/>
        <source>没有找到“{0}”相关的事项</source>
        <translation>No matter found for “{0}”</translation>
    </message>
</context>
<context>
    <name>MessagePage</name>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="334"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="27"/>
        <source>文书预览</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="29"/>
        <source>办理决定后，文书在此显示。</source>
        <translation>The document of a decision appears here.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="32"/>
        <source>重新打印 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="77"/>
        <source>{0} 已打印。</source>
        <translation>Printed at {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="80"/>
        <source>打印机未响应</source>
        <translation>the printer did not respond</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="81"/>
        <source>{0} 打印失败：{1}。PDF 已保存：{2}</source>
        <translation>{0} printing failed: {1}. PDF kept at {2}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="90"/>
        <source>正在重新打印…</source>
        <translation>Reprinting…</translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message>
        <location filename="../../ui/queue/ticket_holder.py" line="23"/>
        <source>取号时刷证，未带照片：请核对本人证件</source>
        <translation>ID swiped at the kiosk, no photo: check the applicant&apos;s card</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="126"/>
        <source>正在叫号…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="131"/>
        <source>输入群众号票上的号码，Enter 叫号。</source>
        <translation>Type the number on the applicant&apos;s ticket, Enter to call.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="134"/>
        <source>正在重呼…</source>
        <translation>Calling again…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="137"/>
        <source>正在过号…</source>
        <translation>Marking no-show…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="140"/>
        <source>正在办结…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="146"/>
        <source>当前没有叫到的号，无法转移。</source>
        <translation>No ticket is called: nothing to transfer.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="154"/>
        <source>选择转往的业务类别或窗口，Enter 确定。</source>
        <translation>Choose the category or window to transfer to, Enter to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="160"/>
        <source>正在恢复叫号…</source>
        <translation>Resuming…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="163"/>
        <source>暂停后本窗口不再叫号，Enter 确定。</source>
        <translation>While paused this window calls no one. Enter to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="169"/>
        <source>当前没有叫到的号。</source>
        <translation>No ticket is called.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="183"/>
        <source>正在叫{0}号…</source>
        <translation>Calling {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="187"/>
        <source>正在转移…</source>
        <translation>Transferring…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="189"/>
        <source>正在暂停…</source>
        <translation>Pausing…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="244"/>
        <source>等候：{0}</source>
        <translation>Waiting: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="247"/>
        <source>恢复</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="264"/>
        <source>单机</source>
        <translation>standalone</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="266"/>
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="268"/>
        <source>已暂停</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="270"/>
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="272"/>
        <source>（待上报{0}）</source>
        <translation> ({0} to report)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="279"/>
        <source>连不上中心服务器：输入群众纸质号票上的号码（如 A012），Enter 叫号；记入本机，联网后自动上报。</source>
        <translation>The central server cannot be reached: type the number on the applicant&apos;s paper ticket (e.g. A012), Enter to call. It is kept here and reported when the link returns.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="294"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="295"/>
        <source> · 当前 {0}</source>
        <translation> · now {0}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="297"/>
        <source>单机 · 纸质号票</source>
        <translation>standalone · paper tickets</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="299"/>
        <source> · 待上报 {0} 条</source>
        <translation> · {0} to report</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="300"/>
        <source>离线 · 纸质号票</source>
        <translation>offline · paper tickets</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="302"/>
        <source>已暂停 · 等候 {0} 人</source>
        <translation>paused · {0} waiting</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="303"/>
        <source>在线{0} · 等候 {1} 人</source>
        <translation>online{0} · {1} waiting</translation>
    </message>
    <message>
        <location filename="../../ui/queue/keys.py" line="33"/>
        <source>叫下一位</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../ui/queue/keys.py" line="34"/>
        <source>指定叫号</source>
        <translation>Call number</translation>
    </message>
    <message>
        <location filename="../../ui/queue/keys.py" line="35"/>
        <source>开始收件</source>
        <translation>Start intake</translation>
    </message>
    <message>
        <location filename="../../ui/queue/keys.py" line="36"/>
        <source>重呼</source>
        <translation>Recall</translation>
    </message>
    <message>
        <location filename="../../ui/queue/keys.py" line="37"/>
        <source>过号</source>
        <translation>No-show</translation>
    </message>
    <message>
        <location filename="../../ui/queue/keys.py" line="38"/>
        <source>办结</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location filename="../../ui/queue/keys.py" line="39"/>
        <source>转移</source>
        <translation>Transfer</translation>
    </message>
    <message>
        <location filename="../../ui/queue/keys.py" line="40"/>
        <location filename="../../ui/queue/queue_panel.py" line="247"/>
        <source>暂停</source>
        <translation>Pause</translation>
    </message>
</context>
<context>
    <name>RatingPrompt</name>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="77"/>
        <source>该办件已有申请人评价，不再重复邀请。</source>
        <translation>The applicant has already rated this case; not asking again.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="84"/>
        <source>等待申请人评价……</source>
        <translation>Waiting for the applicant’s rating…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="102"/>
        <source>已取消本次评价邀请。</source>
        <translation>Rating request cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="110"/>
        <source>评价器未能完成评价：{0}</source>
        <translation>The rating pad could not complete the rating: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="113"/>
        <source>申请人未评价，本次不记录评价。</source>
        <translation>The applicant did not rate; no rating recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="124"/>
        <source>申请人已完成评价，评价已记录。</source>
        <translation>The applicant has rated; the rating is recorded.</translation>
    </message>
</context>
<context>
    <name>RecentCallsPanel</name>
    <message>
        <location filename="../../ui/display/panels.py" line="109"/>
        <source>最近叫号</source>
        <translation>Recent calls</translation>
    </message>
    <message>
        <location filename="../../ui/display/panels.py" line="112"/>
        <source>号码</source>
        <translation>Number</translation>
    </message>
    <message>
        <location filename="../../ui/display/panels.py" line="112"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/display/panels.py" line="112"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
</context>
<context>
    <name>ResultPage</name>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="300"/>
        <source>取号成功</source>
        <translation>Here is your ticket</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="309"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="41"/>
        <source>一窗通办 · 登录</source>
        <translation>OneWindow · Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="49"/>
        <location filename="../../ui/sign_in/screen.py" line="65"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="52"/>
        <location filename="../../ui/sign_in/screen.py" line="66"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="56"/>
        <source>登录 (Enter)</source>
        <translation>Sign in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="59"/>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="105"/>
        <source>正在打开本地数据库……</source>
        <translation>Opening the local database…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="110"/>
        <source>本工作台未连接服务器：使用本机缓存的账号</source>
        <translation>No server for this workbench: accounts cached on this PC are used</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="112"/>
        <source>服务器可连接：{0}</source>
        <translation>Server reachable: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="114"/>
        <source>离线登录：使用本机缓存的账号</source>
        <translation>Offline sign-in: accounts cached on this PC are used</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="133"/>
        <source>请输入用户名。</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="139"/>
        <source>请输入密码。</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="144"/>
        <source>正在登录……</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>SimulatorMenu</name>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="19"/>
        <source>模拟读卡器</source>
        <translation>Simulated card reader</translation>
    </message>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="21"/>
        <source>放卡：{0}</source>
        <translation>Place card: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="24"/>
        <source>取走卡片</source>
        <translation>Take the card away</translation>
    </message>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="25"/>
        <source>模拟故障</source>
        <translation>Simulate a fault</translation>
    </message>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="27"/>
        <source>安全模块故障</source>
        <translation>Security module (SAM) fault</translation>
    </message>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="28"/>
        <source>校验和错误</source>
        <translation>Checksum error</translation>
    </message>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="29"/>
        <source>应答缓慢</source>
        <translation>Slow replies</translation>
    </message>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="30"/>
        <source>乱码</source>
        <translation>Garbage bytes</translation>
    </message>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="33"/>
        <source>清除故障</source>
        <translation>Clear the fault</translation>
    </message>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="34"/>
        <source>拔出读卡器</source>
        <translation>Unplug the reader</translation>
    </message>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="35"/>
        <source>插回读卡器</source>
        <translation>Plug the reader back in</translation>
    </message>
    <message>
        <location filename="../../ui/devices/simulator_menu.py" line="38"/>
        <source>设备设置… (Ctrl+Shift+D)</source>
        <translation>Device settings… (Ctrl+Shift+D)</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="93"/>
        <location filename="../../ui/kiosk/pages.py" line="142"/>
        <source>请选择办理业务，点击取号</source>
        <translation>Choose a service to take a number</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="95"/>
        <source>不用此证件</source>
        <translation>Don&apos;t use this card</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="108"/>
        <source>绿色通道
老年人·残疾人</source>
        <translation>Green channel
elderly · disabled</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="109"/>
        <source>军人优先</source>
        <translation>Servicemen first</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="113"/>
        <source>刷身份证取号</source>
        <translation>Swipe ID card</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="115"/>
        <source>预约签到</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="140"/>
        <source>{0}，您好！已读取身份证，请选择办理业务</source>
        <translation>Hello, {0}! Your ID card is read: choose a service</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../ui/sync/startup.py" line="66"/>
        <source>演示服务器未能启动（{0}），工作台在本机照常工作。</source>
        <translation>The demo server did not start ({0}); the workbench works on this PC as usual.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="78"/>
        <source>本终端未能登记到演示服务器：{0}</source>
        <translation>This terminal could not enrol with the demo server: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="80"/>
        <source>演示服务器换了地址（{0}），本终端登记的是 {1}；请删除演示数据文件夹后重新开始。</source>
        <translation>The demo server moved ({0}) but this terminal enrolled with {1}; delete the demo data folder and start again.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="86"/>
        <source>演示的其他屏幕未能打开：{0}</source>
        <translation>The demo&apos;s other screens did not open: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="91"/>
        <source>演示账号未能登录：{0}</source>
        <translation>The demo account could not sign in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="115"/>
        <source>本终端未能登记到服务器：{0}</source>
        <translation>This terminal could not enrol with the server: {0}</translation>
    </message>
</context>
<context>
    <name>SwipePage</name>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="178"/>
        <source>请将身份证放在读卡区</source>
        <translation>Place your ID card on the reader</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="180"/>
        <source>读取成功后请选择办理业务；叫号时窗口将直接调取您的身份信息</source>
        <translation>Once it is read, choose a service; the window that calls you will have your details</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="185"/>
        <source>模拟刷卡</source>
        <translation>Simulate a card</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/pages.py" line="187"/>
        <source>返回</source>
        <translation>Back</translation>
    </message>
</context>
<context>
    <name>SyncMonitor</name>
    <message>
        <location filename="../../ui/sync/monitor.py" line="91"/>
        <source>状态未知</source>
        <translation>status unknown</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../ui/sync/panel.py" line="48"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="58"/>
        <source>立即同步(&amp;S)</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="70"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="71"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="72"/>
        <source>所做操作</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="73"/>
        <source>服务器的理由</source>
        <translation>Server&apos;s reason</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="74"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="95"/>
        <source>被服务器退回的操作</source>
        <translation>Changes the server refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="98"/>
        <source>没有被服务器退回的操作。</source>
        <translation>The server has refused no changes.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="100"/>
        <source>标记已读(&amp;M)</source>
        <translation>&amp;Mark as read</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="102"/>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="105"/>
        <source>Enter 打开所选办件</source>
        <translation>Enter opens the selected case</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="110"/>
        <source>服务器退回的操作</source>
        <translation>Changes the server refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="148"/>
        <source>正在读取同步状态……</source>
        <translation>Reading the sync status…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="153"/>
        <location filename="../../ui/sync/panel.py" line="196"/>
        <source>单机模式：本工作台没有服务器可同步。</source>
        <translation>Standalone: this workbench has no server to sync with.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="163"/>
        <source>已读</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="163"/>
        <source>未读</source>
        <translation>unread</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="187"/>
        <source>{0}  {1}
服务器的理由：{2}</source>
        <translation>{0}  {1}
Server&apos;s reason: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="194"/>
        <source>已请求同步；结果会显示在状态栏。</source>
        <translation>Sync requested; the outcome shows in the status bar.</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <location filename="../../ui/sync/status_text.py" line="41"/>
        <source>刚刚</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="44"/>
        <source>{0}分钟前</source>
        <translation>{0} min ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="47"/>
        <source>{0}小时前</source>
        <translation>{0} h ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="48"/>
        <source>{0}天前</source>
        <translation>{0} d ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="66"/>
        <source>单机模式（未连接服务器）</source>
        <translation>standalone (no server connected)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="68"/>
        <location filename="../../ui/sync/status_text.py" line="112"/>
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="68"/>
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="70"/>
        <source>待同步 {0} 条</source>
        <translation>{0} waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="72"/>
        <source>（最早一条 {0}）</source>
        <translation> (oldest {0})</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="77"/>
        <source>已全部同步</source>
        <translation>all synced</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="79"/>
        <source>被退回 {0} 条</source>
        <translation>{0} refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="81"/>
        <source>上次同步 {0}</source>
        <translation>last sync {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="83"/>
        <source>尚未同步</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="101"/>
        <source>单击或按 Ctrl+Shift+Y 打开同步面板</source>
        <translation>Click or press Ctrl+Shift+Y for the sync panel</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="108"/>
        <source>单机模式：本工作台没有登记到服务器，办件只保存在本机。</source>
        <translation>Standalone: this workbench is not enrolled with a server; cases are kept on this PC only.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="109"/>
        <source>服务器：{0}</source>
        <translation>Server: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="111"/>
        <source>连接：{0}</source>
        <translation>Connection: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="114"/>
        <source>离线（办件照常保存在本机）</source>
        <translation>offline (cases are saved on this PC as usual)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="117"/>
        <source>待同步：{0} 条</source>
        <translation>Waiting: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="120"/>
        <source>最早一条待同步：{0}（{1}）</source>
        <translation>Oldest waiting: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="126"/>
        <source>上次同步：{0}</source>
        <translation>Last sync: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="129"/>
        <source>服务器退回的操作：{0} 条未读</source>
        <translation>Refused by the server: {0} unread</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="131"/>
        <source>最近的错误：{0}</source>
        <translation>Last error: {0}</translation>
    </message>
</context>
<context>
    <name>TicketCard</name>
    <message>
        <location filename="../../ui/queue/ticket_card.py" line="56"/>
        <source>暂停叫号</source>
        <translation>Calling paused</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_card.py" line="56"/>
        <source>当前没有叫号</source>
        <translation>No ticket called</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_card.py" line="57"/>
        <source>按 F7 叫下一位</source>
        <translation>Press F7 for the next</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_card.py" line="66"/>
        <source>纸质号票 · 离线叫号</source>
        <translation>Paper ticket · called offline</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_card.py" line="68"/>
        <source>第{0}次呼叫</source>
        <translation>Call no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/ticket_card.py" line="70"/>
        <source> · {0} 已刷证</source>
        <translation> · {0} ID swiped</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <location filename="../../ui/cases/today_list.py" line="58"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="58"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="58"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="58"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="73"/>
        <source>今日办件</source>
        <translation>Today’s cases</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="74"/>
        <source>今天还没有办件。</source>
        <translation>No cases today yet.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="119"/>
        <source>尚未同步到服务器</source>
        <translation>Not yet synced to the server</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <location filename="../../ui/display/panels.py" line="183"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>WorkbenchStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="30"/>
        <source>叫号</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="30"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="30"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="41"/>
        <source>未接入</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="42"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="43"/>
        <source>单机模式（未连接服务器）</source>
        <translation>standalone (no server connected)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="64"/>
        <source>处理中…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../ui/worker.py" line="33"/>
        <source>操作未完成：程序内部错误（{0}）。详情已记入日志，已录入的内容仍然保留。</source>
        <translation>Not done: internal error ({0}). Details are in the log; everything typed is kept.</translation>
    </message>
</context>
<context>
    <name>actions</name>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="19"/>
        <source>登记办理环节（请先结束特别程序）</source>
        <translation>record a processing step (end the special procedure first)</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="20"/>
        <source>登记办理环节</source>
        <translation>record a processing step</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="22"/>
        <source>启动特别程序</source>
        <translation>start a special procedure</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="24"/>
        <source>结束特别程序</source>
        <translation>end the special procedure</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="27"/>
        <source>作出“{result}”决定</source>
        <translation>decide “{result}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="29"/>
        <source>登记结果到件</source>
        <translation>register the result&apos;s arrival</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="40"/>
        <source>修改申请人信息</source>
        <translation>change the applicant</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="41"/>
        <source>修改材料核验结果</source>
        <translation>change the material checks</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="43"/>
        <source>受理</source>
        <translation>accept it</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="45"/>
        <source>出具一次性告知书</source>
        <translation>give a deficiency notice</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="48"/>
        <source>不予受理</source>
        <translation>refuse it</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="50"/>
        <source>按补正超时驳回</source>
        <translation>reject it for an unanswered notice</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="53"/>
        <source>补交容缺材料</source>
        <translation>take a deferred material</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="55"/>
        <source>出件</source>
        <translation>issue the result</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/intake.py" line="28"/>
        <source>放弃</source>
        <translation>discard it</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="367"/>
        <source>叫号</source>
        <translation>call the next number</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="368"/>
        <source>指定号码叫号</source>
        <translation>call a number</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="369"/>
        <source>重呼</source>
        <translation>recall</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="370"/>
        <source>过号</source>
        <translation>mark a no-show</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="371"/>
        <source>转移</source>
        <translation>transfer</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="372"/>
        <source>暂停</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="373"/>
        <source>恢复</source>
        <translation>resume</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="374"/>
        <source>办结</source>
        <translation>finish</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="49"/>
        <source>请输入身份证号码。</source>
        <translation>Please enter the ID number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="50"/>
        <source>身份证号码应为18位，您输入了{length}位，请核对。</source>
        <translation>An ID number has 18 characters; you typed {length}. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="51"/>
        <source>15位旧身份证号码已停用，请使用18位号码。</source>
        <translation>15-digit ID numbers are no longer in use; please use the 18-character number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="52"/>
        <source>第{position}位不能是“X”：X只能出现在第18位（最后一位），请核对。</source>
        <translation>Character {position} cannot be “X”: X may only be the 18th (last) character. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="55"/>
        <source>第{position}位的{char}不是数字（只有最后一位可以是X），请核对。</source>
        <translation>Character {position}, {char}, is not a digit (only the last may be X). Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="58"/>
        <source>前6位地址码“{region}”无效：港澳台居民居住证号码的前6位应为{expected}，请核对。</source>
        <translation>The address code “{region}” is invalid: a residence permit for Hong Kong, Macao and Taiwan residents starts with {expected}. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="61"/>
        <source>前两位“{prefix}”不是有效的省级行政区划代码，请核对号码。</source>
        <translation>The first two digits “{prefix}” are not a valid province code. Please check the number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="62"/>
        <source>第7–14位的出生日期{year}年{month}月{day}日不存在，请核对号码。</source>
        <translation>The birth date in characters 7–14, {year}-{month}-{day}, does not exist. Please check the number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="65"/>
        <source>号码中的出生日期{birth:%Y年%m月%d日}晚于今天，请核对号码。</source>
        <translation>The birth date in the number, {birth:%Y-%m-%d}, is after today. Please check the number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="66"/>
        <source>号码中的出生日期{birth:%Y年%m月%d日}意味着年龄超过{years}岁，请核对号码。</source>
        <translation>The birth date in the number, {birth:%Y-%m-%d}, means an age over {years}. Please check the number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="69"/>
        <source>身份证号码校验位不符，可能有数字录入错误，请对照证件逐位重新核对。</source>
        <translation>The ID number&apos;s check character does not match; a digit may be mistyped. Please compare it with the card character by character.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="72"/>
        <source>请输入统一社会信用代码。</source>
        <translation>Please enter the unified social credit code.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="73"/>
        <source>统一社会信用代码应为18位，您输入了{length}位，请核对。</source>
        <translation>A unified social credit code has 18 characters; you typed {length}. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="74"/>
        <source>第{position}位的{char}不能出现在统一社会信用代码中，请核对。</source>
        <translation>Character {position}, {char}, cannot occur in a unified social credit code. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="77"/>
        <source>第{position}位的{char}不能出现在统一社会信用代码中（代码不使用字母I、O、S、V、Z，请注意与数字1、0、5、2区分），请核对。</source>
        <translation>Character {position}, {char}, cannot occur in a unified social credit code (the letters I, O, S, V, Z are not used: mind the digits 1, 0, 5, 2). Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="82"/>
        <source>第3–8位应为6位数字的行政区划码，现为“{region}”，请核对。</source>
        <translation>Characters 3–8 must be a 6-digit division code; they are “{region}”. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="83"/>
        <source>统一社会信用代码校验位不符，可能有录入错误，请对照营业执照等证照逐位重新核对。</source>
        <translation>The credit code&apos;s check character does not match; something may be mistyped. Please compare it with the business licence character by character.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="86"/>
        <source>2017版永居证号码应为3位字母国籍代码加12位数字，请核对</source>
        <translation>A 2017 permanent residence ID number is a 3-letter nationality code and 12 digits. Please check</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="87"/>
        <source>永居证号码应为15位（2017版）或18位（2023版），现为{length}位，请核对</source>
        <translation>A permanent residence ID number has 15 (2017) or 18 (2023) characters; it has {length}. Please check</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="90"/>
        <source>2023版永居证号码应以9开头，请核对</source>
        <translation>A 2023 permanent residence ID number starts with 9. Please check</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="91"/>
        <source>2023版永居证号码前17位应为数字，最后一位为数字或X</source>
        <translation>A 2023 permanent residence ID number has 17 digits and then a digit or X</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="92"/>
        <source>永居证号码校验位不符，可能有数字录入错误，请对照证件逐位重新核对。</source>
        <translation>The permanent residence ID number&apos;s check character does not match; a digit may be mistyped. Please compare it with the card character by character.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="95"/>
        <source>空格</source>
        <translation>a space</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="96"/>
        <source>不可见字符（{code}）</source>
        <translation>an invisible character ({code})</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="97"/>
        <source>“{char}”</source>
        <translation>“{char}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/messages.py" line="166"/>
        <source>{text}</source>
        <translation>{text}</translation>
    </message>
    <message>
        <location filename="../../app/domain/messages.py" line="167"/>
        <source>{first}；{rest}</source>
        <translation>{first}; {rest}</translation>
    </message>
    <message>
        <location filename="../../app/domain/messages.py" line="168"/>
        <source>{first}、{rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../app/domain/messages.py" line="169"/>
        <source>{first}{rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <location filename="../../app/domain/messages.py" line="170"/>
        <source>{first} {rest}</source>
        <translation>{first} {rest}</translation>
    </message>
    <message>
        <location filename="../../app/domain/messages.py" line="171"/>
        <source>“{text}”</source>
        <translation>“{text}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="44"/>
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="45"/>
        <source>企业法人</source>
        <translation>Enterprise legal person</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="46"/>
        <source>事业法人</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="47"/>
        <source>社会组织法人</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="48"/>
        <source>非法人企业</source>
        <translation>Unincorporated enterprise</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="49"/>
        <source>行政机关</source>
        <translation>Government body</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="50"/>
        <source>其他组织</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="74"/>
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="75"/>
        <source>普通护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="76"/>
        <source>港澳居民来往内地通行证</source>
        <translation>HK/Macao travel permit</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="77"/>
        <source>台湾居民来往大陆通行证</source>
        <translation>Taiwan travel permit</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="78"/>
        <source>外国人永久居留身份证</source>
        <translation>Foreign permanent resident ID</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="79"/>
        <source>港澳台居民居住证</source>
        <translation>HK/Macao/Taiwan residence permit</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="80"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="81"/>
        <source>其他证件</source>
        <translation>Other ID</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="84"/>
        <source>请填写证件号码</source>
        <translation>Please enter the ID number</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="85"/>
        <source>港澳台居民居住证号码应以810000（香港）、820000（澳门）或830000（台湾）开头</source>
        <translation>A residence permit number for Hong Kong, Macao and Taiwan residents starts with 810000 (Hong Kong), 820000 (Macao) or 830000 (Taiwan)</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="88"/>
        <source>{cert}号码长度不正确（应为5–30位，现为{length}位）</source>
        <translation>The {cert} number has the wrong length (5–30 characters; it has {length})</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="89"/>
        <source>申请人姓名</source>
        <translation>the applicant&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="90"/>
        <source>申请单位名称</source>
        <translation>the applicant organisation&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="91"/>
        <source>请填写{what}</source>
        <translation>Please enter {what}</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="92"/>
        <source>{what}过长（最多100个字）</source>
        <translation>{what} is too long (at most 100 characters)</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="93"/>
        <source>自然人应使用个人证件，不能使用统一社会信用代码</source>
        <translation>A natural person uses a personal document, not a unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="94"/>
        <source>单位申请人应填写统一社会信用代码</source>
        <translation>An organisation applies with its unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="95"/>
        <source>联系电话格式不正确（手机11位，或区号-座机号）</source>
        <translation>The phone number is not valid (11-digit mobile, or area code-landline)</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="96"/>
        <source>单位申请须填写经办人</source>
        <translation>An organisation&apos;s application needs a contact person</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="97"/>
        <source>请填写代理人姓名</source>
        <translation>Please enter the agent&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="98"/>
        <source>代理人{problem}</source>
        <translation>Agent: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="99"/>
        <source>代理人联系电话格式不正确</source>
        <translation>The agent&apos;s phone number is not valid</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="21"/>
        <source>请写明办理环节（如审核、审批）</source>
        <translation>Please name the step (e.g. review, approval)</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="23"/>
        <source>请写明特别程序（听证、检验、检测、鉴定、专家评审等）</source>
        <translation>Please name the special procedure (hearing, inspection, testing, appraisal, expert review…)</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="25"/>
        <source>不予受理只能在窗口受理环节作出</source>
        <translation>A refusal can only be made at the window, before acceptance</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="26"/>
        <source>补正超时驳回请在补正期限届满后办理</source>
        <translation>Rejection for an unanswered notice is possible only after the supplement deadline</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="28"/>
        <source>“{result}”须写明理由</source>
        <translation>“{result}” needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="57"/>
        <source>收件中</source>
        <translation>Intake</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="58"/>
        <source>待补正</source>
        <translation>Awaiting supplement</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="59"/>
        <location filename="../../app/domain/case_status.py" line="122"/>
        <source>不予受理</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="60"/>
        <source>已受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="61"/>
        <source>审查中</source>
        <translation>Under review</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="62"/>
        <source>特别程序中</source>
        <translation>Special procedure</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="63"/>
        <source>已办结</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="64"/>
        <source>待出件</source>
        <translation>Ready for issue</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="65"/>
        <source>已出件</source>
        <translation>Issued</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="66"/>
        <source>已终止</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="116"/>
        <source>出证办结</source>
        <translation>Certificate issued</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="117"/>
        <source>不予许可/退回</source>
        <translation>Denied/returned</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="118"/>
        <source>作废</source>
        <translation>Voided</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="119"/>
        <source>删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="120"/>
        <source>转报</source>
        <translation>Forwarded</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="121"/>
        <source>补正超时驳回</source>
        <translation>Rejected: notice unanswered</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="125"/>
        <source>本人领取</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="126"/>
        <source>代领</source>
        <translation>By an agent</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="127"/>
        <source>邮寄</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_status.py" line="144"/>
        <source>办件当前为“{status}”，不能{action}</source>
        <translation>The case is “{status}”: you cannot {action}</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="39"/>
        <source>办件已“{status}”，不能{action}</source>
        <translation>The case is already “{status}”: you cannot {action}</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="42"/>
        <source>本办件没有编码为“{code}”的材料</source>
        <translation>This case has no material with code “{code}”</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="44"/>
        <source>不能受理：{problems}</source>
        <translation>Cannot accept: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="46"/>
        <source>一次性告知须列明全部问题，请先核验：{names}</source>
        <translation>A deficiency notice must list every problem; check these first: {names}</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="47"/>
        <source>没有缺少或不符合要求的材料，无需出具一次性告知书</source>
        <translation>No material is missing or invalid: no deficiency notice is needed</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="49"/>
        <source>不予受理须写明理由</source>
        <translation>A refusal needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="51"/>
        <source>补正期限{deadline}尚未届满</source>
        <translation>The supplement deadline {deadline} has not passed yet</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="52"/>
        <source>承诺件须经后台审批，不能当场办结</source>
        <translation>A promised-time case needs back-office approval; it cannot be completed on the spot</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="54"/>
        <source>“{name}”不是待补交的容缺材料</source>
        <translation>“{name}” is not a deferred material still owed</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="56"/>
        <source>容缺材料尚未补齐（{names}），补交后方可出件</source>
        <translation>Deferred materials are still owed ({names}); the result can be issued once they are brought</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="57"/>
        <source>请填写领取人姓名</source>
        <translation>Please enter the collector&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="58"/>
        <source>邮寄出件请填写快递单号</source>
        <translation>Please enter the tracking number for a posted result</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="46"/>
        <source>未核验</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="47"/>
        <source>已收取</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="48"/>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="49"/>
        <source>不符合要求</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="50"/>
        <location filename="../../app/domain/matters.py" line="91"/>
        <source>容缺后补</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="51"/>
        <source>告知承诺</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="52"/>
        <source>电子证照</source>
        <translation>E-licence</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="53"/>
        <source>未提供（非必要）</source>
        <translation>Not provided (optional)</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="56"/>
        <source>“{name}”不符合要求时，请写明原因，告知书会一并列出</source>
        <translation>“{name}” is invalid: please state why; the notice will list it</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="57"/>
        <source>“{name}”不属于容缺后补材料，不能容缺受理</source>
        <translation>“{name}” cannot be deferred</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="58"/>
        <source>“{name}”不适用告知承诺</source>
        <translation>“{name}” does not allow a commitment</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="59"/>
        <source>“{name}”不能以电子证照替代</source>
        <translation>“{name}” cannot be replaced by an e-licence</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="60"/>
        <source>“{name}”是必要材料，请核验为已收取、缺少或不符合要求</source>
        <translation>“{name}” is required: mark it received, missing or invalid</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="63"/>
        <source>“{name}”是容缺后补材料，不能标为未提供；缺少时请选择容缺后补</source>
        <translation>“{name}” may be deferred, not left out: if it is missing, choose Deferred</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="66"/>
        <source>“{name}”尚未核验</source>
        <translation>“{name}” has not been checked</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="67"/>
        <source>“{name}”{state}，不能受理，请出具一次性告知书</source>
        <translation>“{name}”: {state}; the case cannot be accepted, give a deficiency notice</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="68"/>
        <source>“{name}”{state}，不能受理，请出具一次性告知书（本次申请无需此材料的，请标为未提供）</source>
        <translation>“{name}”: {state}; the case cannot be accepted, give a deficiency notice (if this application does not need it, mark it Not provided)</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="50"/>
        <source>办件日期应为日期，现为“{day}”。</source>
        <translation>The case date must be a date; it is “{day}”.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="51"/>
        <source>办件序号应为正整数，现为“{sequence}”。</source>
        <translation>The case sequence must be a positive whole number; it is “{sequence}”.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="52"/>
        <source>办件编号不能超过{limit}个字符。</source>
        <translation>A case number has at most {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="53"/>
        <source>请输入办件编号。</source>
        <translation>Please enter the case number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="54"/>
        <source>办件编号不能超过{limit}个字符，您输入了{length}个。</source>
        <translation>A case number has at most {limit} characters; you typed {length}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="55"/>
        <source>办件编号应由4段组成，以“-”分隔（例如330421-20261122-W03-0007），您输入的有{parts}段。</source>
        <translation>A case number has 4 parts separated by “-” (e.g. 330421-20261122-W03-0007); yours has {parts}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="58"/>
        <source>第4段序号应为至少4位数字，现为“{sequence}”。</source>
        <translation>Part 4, the sequence, must be at least 4 digits; it is “{sequence}”.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="59"/>
        <source>第4段序号不能为0。</source>
        <translation>Part 4, the sequence, cannot be 0.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="60"/>
        <source>第4段序号“{typed}”前面多了0，应为“{expected}”。</source>
        <translation>Part 4, the sequence “{typed}”, has extra leading zeros; it should be “{expected}”.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="61"/>
        <source>当日已用序号应为整数。</source>
        <translation>The day&apos;s used sequence must be a whole number.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="62"/>
        <source>当日已用序号不能为负数。</source>
        <translation>The day&apos;s used sequence cannot be negative.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="63"/>
        <source>第1段大厅代码应为6–12位大写字母或数字，现为“{code}”。</source>
        <translation>Part 1, the hall code, must be 6–12 capital letters or digits; it is “{code}”.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="64"/>
        <source>第3段终端代码应为1–8位大写字母或数字，现为“{code}”。</source>
        <translation>Part 3, the terminal code, must be 1–8 capital letters or digits; it is “{code}”.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="65"/>
        <source>第2段应为8位日期（年月日，如20261122），现为“{text}”。</source>
        <translation>Part 2 must be an 8-digit date (year, month, day, e.g. 20261122); it is “{text}”.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="66"/>
        <source>第2段日期“{text}”不存在，请核对。</source>
        <translation>Part 2, the date “{text}”, does not exist. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="67"/>
        <source>办件编号第{position}位的{char}无效：只能包含字母、数字和“-”。</source>
        <translation>Character {position} of the case number, {char}, is invalid: only letters, digits and “-” are allowed.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="70"/>
        <source>办件编号第{position}位的{char}无效：只能包含字母、数字和“-”（这是全角字符，请切换到英文/半角输入法后重新扫描或输入）。</source>
        <translation>Character {position} of the case number, {char}, is invalid: only letters, digits and “-” are allowed (it is a full-width character: switch the input method to English/half-width and scan or type again).</translation>
    </message>
    <message>
        <location filename="../../app/domain/matters.py" line="37"/>
        <source>个工作日</source>
        <translation>working days</translation>
    </message>
    <message>
        <location filename="../../app/domain/matters.py" line="38"/>
        <source>日</source>
        <translation>days</translation>
    </message>
    <message>
        <location filename="../../app/domain/matters.py" line="39"/>
        <source>个月</source>
        <translation>months</translation>
    </message>
    <message>
        <location filename="../../app/domain/matters.py" line="41"/>
        <source>当场办结</source>
        <translation>on the spot</translation>
    </message>
    <message>
        <location filename="../../app/domain/matters.py" line="42"/>
        <source>{amount}{unit}</source>
        <translation>{amount} {unit}</translation>
    </message>
    <message>
        <location filename="../../app/domain/matters.py" line="85"/>
        <source>即办件</source>
        <translation>Immediate</translation>
    </message>
    <message>
        <location filename="../../app/domain/matters.py" line="86"/>
        <source>承诺件</source>
        <translation>Promised-time</translation>
    </message>
    <message>
        <location filename="../../app/domain/matters.py" line="89"/>
        <source>必要</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../app/domain/matters.py" line="90"/>
        <source>非必要</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../app/domain/matters.py" line="272"/>
        <source>事项编码“{code}”不在本厅的事项清单中，请核对编码或重新检索</source>
        <translation>Matter code “{code}” is not in this hall&apos;s list; check the code or search again</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/steps.py" line="33"/>
        <source>找不到该办件，可能已被放弃或删除</source>
        <translation>Case not found; it may have been discarded or deleted</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/steps.py" line="34"/>
        <location filename="../../app/services/pages/service.py" line="55"/>
        <source>本地数据库写入失败，本次操作未生效：{error}</source>
        <translation>Writing the local database failed; nothing of this step was kept: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/query.py" line="19"/>
        <location filename="../../app/services/documents/slips.py" line="41"/>
        <source>找不到该办件</source>
        <translation>Case not found</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/query.py" line="20"/>
        <source>本窗口没有办件编号为 {number} 的办件，请核对编号</source>
        <translation>This window has no case numbered {number}; please check the number</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/intake.py" line="26"/>
        <source>申请人类型不正确：{error}</source>
        <translation>Invalid applicant type: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/intake.py" line="27"/>
        <source>未知的材料核验状态“{state}”</source>
        <translation>Unknown material check state “{state}”</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/issuance.py" line="15"/>
        <source>未知的出件方式“{method}”</source>
        <translation>Unknown issuance method “{method}”</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/issuance.py" line="16"/>
        <source>领取人{problem}</source>
        <translation>Collector: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/issuance.py" line="17"/>
        <source>本人领取须出示申请人本人证件；他人领取请选择“代领”</source>
        <translation>Collection in person needs the applicant&apos;s own ID; for someone else choose “By an agent”</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="49"/>
        <source>请填写以 http:// 或 https:// 开头的中心服务器地址</source>
        <translation>Please enter the central server&apos;s address, starting with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="50"/>
        <source>登记码或终端名称格式不正确：登记码为管理员发放的 6 位以上字符，终端名称不能为空</source>
        <translation>Invalid enrolment code or terminal name: the code from the administrator has 6 or more characters, and the terminal needs a name</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="53"/>
        <source>无法连接中心服务器 {url}：{detail}</source>
        <translation>Cannot reach the central server {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="54"/>
        <source>登记未成功：{detail}</source>
        <translation>Enrolment failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="55"/>
        <source>找不到这条被拒绝的变更</source>
        <translation>This refused change was not found</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="336"/>
        <source>添加扫描件（材料 {material}）</source>
        <translation>Added a scan (material {material})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="337"/>
        <source>旋转扫描件（材料 {material}）</source>
        <translation>Rotated a scan (material {material})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="338"/>
        <source>调整顺序扫描件（材料 {material}）</source>
        <translation>Reordered scans (material {material})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="339"/>
        <source>删除扫描件（材料 {material}）</source>
        <translation>Deleted a scan (material {material})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="341"/>
        <source>修改扫描件（材料 {material}）</source>
        <translation>Changed a scan (material {material})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="342"/>
        <source>记录申请人评价（{level} 级）</source>
        <translation>Recorded the applicant&apos;s rating (level {level})</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/hall_board.py" line="63"/>
        <source>本叫号屏尚未登记到中心服务器：请用 --server 服务器地址 和 --enrol-code 登记码 启动。</source>
        <translation>This display is not enrolled with the central server: start it with --server ADDRESS and --enrol-code CODE.</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/hall_board.py" line="66"/>
        <source>中心服务器不再接受本叫号屏的登记（{detail}），请管理员重新登记本机。</source>
        <translation>The central server no longer accepts this display&apos;s enrolment ({detail}); please ask the administrator to enrol it again.</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/hall_board.py" line="69"/>
        <location filename="../../app/services/sync/service.py" line="56"/>
        <source>无法连接中心服务器：{detail}</source>
        <translation>Cannot reach the central server: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/hall_board.py" line="70"/>
        <source>连接中心服务器时出现内部错误（{error}），正在重试。</source>
        <translation>An internal error occurred talking to the central server ({error}); retrying.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="57"/>
        <source>中心服务器不接受本终端的凭据（{detail}），请联系系统管理员重新登记本终端</source>
        <translation>The central server does not accept this terminal&apos;s credential ({detail}); ask the system administrator to enrol this terminal again</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="60"/>
        <source>中心服务器拒绝了同步请求：{detail}</source>
        <translation>The central server refused the sync request: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="61"/>
        <source>同步出错（{error}），稍后自动重试</source>
        <translation>Sync failed ({error}); it will be retried automatically</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/push.py" line="41"/>
        <source>中心服务器在附件上传完成后仍要求重新上传，同步已暂停，请联系系统管理员</source>
        <translation>The central server still asks for an upload after it was completed; sync is paused, please call the system administrator</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/push.py" line="44"/>
        <source>扫描件 {scan}… 的图像文件在本机找不到，无法上传，同步已暂停</source>
        <translation>The image file of scan {scan}… is not on this PC and cannot be uploaded; sync is paused</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/push.py" line="45"/>
        <source>扫描件 {scan}… 上传完毕但服务器未能核对通过，同步已暂停</source>
        <translation>Scan {scan}… was uploaded but the server could not verify it; sync is paused</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/push.py" line="46"/>
        <source>扫描件 {scan}… 的本地文件比登记的小，无法上传</source>
        <translation>The local file of scan {scan}… is smaller than recorded and cannot be uploaded</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/push.py" line="47"/>
        <source>中心服务器期望本终端的下一条变更序号为 {seq}，但本机没有可从该序号续传的变更：服务器数据库可能已从备份恢复，或本机数据库已被替换。同步已暂停，请联系系统管理员。</source>
        <translation>The central server expects change number {seq} from this terminal next, but this PC has no changes to continue from there: the server&apos;s database may have been restored from a backup, or this PC&apos;s database replaced. Sync is paused; please call the system administrator.</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="50"/>
        <source>服务器期望下一条变更序号为 {seq}</source>
        <translation>The server expects change number {seq} next</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="51"/>
        <source>中心服务器地址 {address} 未加密：终端凭据和密码会以明文经过网络，已拒绝连接。请改用 https:// 地址；确需明文连接时以 --allow-insecure-http 启动</source>
        <translation>The central server address {address} is not encrypted: the terminal&apos;s credential and passwords would cross the network in clear text, so it was not contacted. Use an https:// address; if plain HTTP is really needed, start with --allow-insecure-http</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="56"/>
        <source>连接中心服务器超时</source>
        <translation>the central server did not answer in time</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="57"/>
        <source>网络不通或连接被中断（{error}）</source>
        <translation>the network is down or the connection was cut ({error})</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="58"/>
        <source>中心服务器的应答无法识别，可能版本不一致或中间设备有误</source>
        <translation>the central server&apos;s answer could not be read: a version mismatch or a faulty device in between</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="59"/>
        <source>中心服务器暂时无法处理请求（{status}）</source>
        <translation>the central server cannot handle the request right now ({status})</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="60"/>
        <source>网络过慢，请求未能及时传到中心服务器</source>
        <translation>the network is too slow: the request did not reach the central server in time</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="61"/>
        <source>中心服务器不接受本终端或账号的凭据</source>
        <translation>the central server does not accept this terminal&apos;s or account&apos;s credential</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="62"/>
        <source>中心服务器拒绝了请求（{status}）</source>
        <translation>the central server refused the request ({status})</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="22"/>
        <source>评价等级“{level}”无效，应为1至5。</source>
        <translation>Rating level “{level}” is invalid; it must be 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="23"/>
        <source>评价原因代码“{codes}”不在公布的代码表中。</source>
        <translation>Reason code “{codes}” is not in the published list.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="24"/>
        <source>评价原因代码有重复。</source>
        <translation>A reason code is given twice.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="25"/>
        <source>“{level}”属于差评，须至少选择一项原因。</source>
        <translation>“{level}” is a bad rating: choose at least one reason.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="26"/>
        <source>“{level}”不是差评，不应附带原因或文字。</source>
        <translation>“{level}” is not a bad rating: it carries no reason or text.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="27"/>
        <source>评价文字不能超过{limit}个字，现有{length}个。</source>
        <translation>The rating text has at most {limit} characters; it has {length}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="28"/>
        <source>评价文字含有控制字符。</source>
        <translation>The rating text contains control characters.</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="33"/>
        <source>本窗口已暂停叫号，请先恢复叫号</source>
        <translation>This window has paused calling; resume first</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="34"/>
        <source>本窗口当前没有正在办理的号，请先叫号</source>
        <translation>This window is serving no number; call one first</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="35"/>
        <source>{number}号已办结，不能再呼叫</source>
        <translation>Number {number} is finished and cannot be called again</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="36"/>
        <source>{number}号正在{window}办理，不能重复呼叫</source>
        <translation>Number {number} is being served at {window} and cannot be called again</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="37"/>
        <source>另一窗口</source>
        <translation>another window</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="38"/>
        <source>{number}号当前为“{state}”，本窗口不能对它操作</source>
        <translation>Number {number} is “{state}”; this window cannot act on it</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="39"/>
        <source>{window}不办理“{category}”业务，请另选窗口或业务类别</source>
        <translation>{window} does not serve “{category}”; choose another window or category</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="40"/>
        <source>目前没有窗口办理“{category}”业务，无法转入</source>
        <translation>No window serves “{category}” now; it cannot be transferred there</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="41"/>
        <source>已呼叫{calls}次，再重呼{more}次后方可过号</source>
        <translation>Called {calls} times; recall {more} more times before marking a no-show</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="42"/>
        <source>“{text}”不是有效的排队号：应为字母加三位数字，如A012</source>
        <translation>“{text}” is not a valid ticket number: a letter and three digits, e.g. A012</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="64"/>
        <source>现场取号</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="65"/>
        <source>刷身份证取号</source>
        <translation>Swipe ID card</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="66"/>
        <source>预约签到</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="67"/>
        <source>离线取号</source>
        <translation>Offline kiosk</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="68"/>
        <location filename="../../app/services/queue/window.py" line="75"/>
        <source>纸质号票</source>
        <translation>Paper ticket</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="84"/>
        <source>普通</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="85"/>
        <source>军人优先</source>
        <translation>Servicemen first</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="86"/>
        <source>绿色通道</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="87"/>
        <source>预约</source>
        <translation>Appointment</translation>
    </message>
    <message>
        <location filename="../../app/services/ratings.py" line="31"/>
        <source>评价未记录：{problems}请申请人在评价器上重新评价。</source>
        <translation>Rating not kept: {problems} Please ask the applicant to rate again on the pad.</translation>
    </message>
    <message>
        <location filename="../../app/services/ratings.py" line="32"/>
        <source>找不到要评价的办件，可能已被删除；本次评价未记录。</source>
        <translation>The case to rate was not found; it may have been deleted. The rating was not kept.</translation>
    </message>
    <message>
        <location filename="../../app/services/ratings.py" line="33"/>
        <source>办件 {number} 尚未作出受理决定，还不能评价。</source>
        <translation>Case {number} has no decision yet and cannot be rated.</translation>
    </message>
    <message>
        <location filename="../../app/services/ratings.py" line="34"/>
        <source>办件 {number} 已有申请人评价（一次一评），本次评价未记录。</source>
        <translation>Case {number} already has the applicant&apos;s rating (one rating per case); this one was not kept.</translation>
    </message>
    <message>
        <location filename="../../app/services/ratings.py" line="35"/>
        <source>本地数据库写入失败，评价未记录：{error}</source>
        <translation>Writing the local database failed; the rating was not kept: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="53"/>
        <source>请选择要转往的业务类别或窗口</source>
        <translation>Choose the category or window to transfer to</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="54"/>
        <source>单机模式</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="55"/>
        <source>连不上中心服务器</source>
        <translation>The central server cannot be reached</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="56"/>
        <source>再按一次重试（不会重复执行），或</source>
        <translation>press again to retry (it will not be done twice), or </translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="57"/>
        <source>{why}，无法自动叫号：{retry}按群众纸质号票上的号码叫号（Shift+F7）。</source>
        <translation>{why}; no automatic call: {retry}call the number on the applicant&apos;s paper ticket (Shift+F7).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="60"/>
        <source>{why}，{action}未执行：{retry}按纸质号票叫号（Shift+F7）。</source>
        <translation>{why}; could not {action}: {retry}call by paper ticket (Shift+F7).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="61"/>
        <source>已按纸质号票叫{number}号（离线记录，已存入本机，恢复连接后自动上报）。请口头或以叫号器呼叫。</source>
        <translation>Called {number} from a paper ticket (an offline record, kept on this PC and reported once connected). Please call it aloud or with the caller.</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="65"/>
        <source>{number}号是离线叫的号，叫号屏不会显示：请口头再呼叫一次。</source>
        <translation>{number} was called offline and is not on the hall display: please call it aloud again.</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="66"/>
        <source>{number}号是离线按纸质号票叫的号，不能转移：请引导群众到相应窗口，或在服务器恢复后重新取号。</source>
        <translation>{number} was called offline from a paper ticket and cannot be transferred: guide the applicant to the right window, or take a new number once the server is back.</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="70"/>
        <source>{number}号未到，已取消这次离线叫号。</source>
        <translation>{number} did not come; this offline call is cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="71"/>
        <source>{number}号已办结（离线记录，恢复连接后自动上报）。</source>
        <translation>{number} finished (an offline record, reported once connected).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="72"/>
        <source>{number}号已办结（离线记录）。</source>
        <translation>{number} finished (an offline record).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="73"/>
        <source>离线期间叫的号已上报服务器（{sent}条）。</source>
        <translation>The numbers called offline were reported to the server ({sent}).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="74"/>
        <source>{count}条离线记录未被服务器接受：{reason}</source>
        <translation>{count} offline records were not accepted by the server: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="76"/>
        <source>中心服务器要求您重新登录后才能叫号（您是离线登录的，或登录已过期）：请按“切换用户”重新登录；在此之前可按群众纸质号票叫号（Shift+F7）。</source>
        <translation>The central server wants you to sign in again before calling (you signed in offline, or the sign-in expired): press “Switch user” to sign in; until then call by paper ticket (Shift+F7).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="81"/>
        <source>中心服务器不接受本终端的凭据（{detail}），叫号未执行；请联系系统管理员</source>
        <translation>The central server does not accept this terminal&apos;s credential ({detail}); the call was not made. Please call the system administrator</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="40"/>
        <source>取号机尚未从服务器取得大厅配置，暂时无法取号。请检查网络，连接恢复后将自动开始取号。</source>
        <translation>The kiosk has not yet received the hall&apos;s configuration from the server and cannot issue tickets. Please check the network; tickets start automatically once connected.</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="43"/>
        <source>服务器不再接受本取号机的登记（已停用或凭据失效），请联系管理员重新登记。</source>
        <translation>The server no longer accepts this kiosk&apos;s enrolment (disabled or credential expired); please ask the administrator to enrol it again.</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="48"/>
        <source>请输入预约码或刷身份证签到。</source>
        <translation>Enter your appointment code or swipe your ID card to check in.</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="49"/>
        <source>暂时无法连接服务器，预约签到暂不可用。请按业务类别直接取号，或到服务台出示预约信息。</source>
        <translation>The server cannot be reached, so appointment check-in is unavailable. Please take a ticket by category, or show your appointment at the service desk.</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="52"/>
        <source>取号失败：{problem}</source>
        <translation>Ticket not issued: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="53"/>
        <source>您已领取{number}号，前方等待约{ahead}人</source>
        <translation>Your number is {number}; about {ahead} waiting ahead of you</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="54"/>
        <source>本取号机未设置号票打印机，请记下屏幕上的号码。</source>
        <translation>This kiosk has no ticket printer; please note the number on the screen.</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="55"/>
        <source>本取号机尚未登记到服务器：请用 --server 和 --enrol-code 启动。</source>
        <translation>This kiosk is not enrolled with a server: start it with --server and --enrol-code.</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="56"/>
        <source>本大厅尚未设置取号业务类别，请联系大厅管理员。</source>
        <translation>This hall has no ticket categories yet; please contact the hall manager.</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="57"/>
        <source>该业务类别不存在，请选择屏幕上的其他业务。</source>
        <translation>This category does not exist; please choose another on the screen.</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="58"/>
        <source>“{name}”业务今日暂停取号，请咨询服务台。</source>
        <translation>No tickets for “{name}” today; please ask at the service desk.</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="59"/>
        <source>{problem}（{why}）</source>
        <translation>{problem} ({why})</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="60"/>
        <source>暂时无法连接服务器（{why}），正在离线取号，连接恢复后自动上报。</source>
        <translation>The server cannot be reached ({why}); issuing offline tickets, reported once connected.</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="63"/>
        <source>离线号票上报失败：{why}</source>
        <translation>Reporting offline tickets failed: {why}</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/service.py" line="64"/>
        <source>有{count}张离线号票未被服务器接受：{reason}</source>
        <translation>{count} offline tickets were not accepted by the server: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/offline.py" line="24"/>
        <source>无法离线取号：{problem}（请按大厅的取号机数量设置 --slot）。</source>
        <translation>Offline tickets impossible: {problem} (set --slot according to the hall&apos;s number of kiosks).</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/offline.py" line="25"/>
        <source>暂时无法连接服务器，本取号机今日“{name}”的离线号段（{first}—{last}）已全部发完，请到服务台咨询人工取号。</source>
        <translation>The server cannot be reached, and this kiosk&apos;s offline numbers for “{name}” today ({first}–{last}) are used up; please ask at the service desk.</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/printing.py" line="37"/>
        <source>号票打印机设置有误：{problem}</source>
        <translation>The ticket printer setting is wrong: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/kiosk/printing.py" line="38"/>
        <source>号票未能打印（{problem}），请记下屏幕上的号码。</source>
        <translation>The ticket was not printed ({problem}); please note the number on the screen.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/images.py" line="35"/>
        <source>PDF 文件暂不能作为扫描件导入：请导出或另存为 JPEG、PNG 或 TIFF 图像后再导入。</source>
        <translation>PDF files cannot be imported as scans yet: export or save them as JPEG, PNG or TIFF images and import those.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/images.py" line="38"/>
        <source>不支持的文件类型：扫描件须为 JPEG、PNG、TIFF 或 BMP 图像。</source>
        <translation>Unsupported file type: scans must be JPEG, PNG, TIFF or BMP images.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/images.py" line="39"/>
        <source>文件是空的（0 字节），没有可添加的扫描件。</source>
        <translation>The file is empty (0 bytes): nothing to add.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/images.py" line="40"/>
        <source>文件有 {size} MB，超过 50 MB 的上限：请降低分辨率（300 dpi 即可）后重新扫描。</source>
        <translation>The file has {size} MB, over the 50 MB limit: scan again at a lower resolution (300 dpi is enough).</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/images.py" line="43"/>
        <source>图像已损坏或不完整，无法读取：请重新扫描，或换一个文件导入。</source>
        <translation>The image is damaged or incomplete and cannot be read: scan again, or import another file.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/images.py" line="44"/>
        <source>图像尺寸无效，无法读取：请重新扫描。</source>
        <translation>The image size is invalid and it cannot be read: please scan again.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/images.py" line="45"/>
        <source>图像有 {megapixels} 百万像素，超过 120 百万像素的上限：请以 300 dpi 重新扫描。</source>
        <translation>The image has {megapixels} megapixels, over the 120 megapixel limit: scan again at 300 dpi.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="42"/>
        <source>办件已“{status}”，只能为容缺后补的材料添加扫描件，“{name}”不是</source>
        <translation>The case is already “{status}”: scans can only be added to deferred materials, and “{name}” is not one</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="45"/>
        <source>办件已“{status}”，扫描件不能再添加或修改</source>
        <translation>The case is already “{status}”: scans can no longer be added or changed</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="46"/>
        <source>扫描件的图像文件不在本机（可能已被删除）：请重新扫描该页。</source>
        <translation>The scan&apos;s image file is not on this PC (it may have been deleted): please scan the page again.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="47"/>
        <source>扫描件的图像文件已损坏：请删除该页后重新扫描。</source>
        <translation>The scan&apos;s image file is damaged: delete the page and scan it again.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="48"/>
        <source>找不到该扫描件，可能已被删除。</source>
        <translation>Scan not found; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="49"/>
        <source>这一页与该材料中已有的扫描件完全相同，未重复添加。</source>
        <translation>This page is identical to a scan the material already has; it was not added twice.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="50"/>
        <source>第{n}个文件：{problem}</source>
        <translation>File {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="51"/>
        <source>扫描件未添加。{problems}</source>
        <translation>No scan was added. {problems}</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="52"/>
        <source>扫描件无法写入本机磁盘（{error}），未添加：请检查磁盘空间。</source>
        <translation>The scan could not be written to this PC&apos;s disk ({error}) and was not added: please check the disk space.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="53"/>
        <source>找不到该办件，可能已被放弃或删除。</source>
        <translation>Case not found; it may have been discarded or deleted.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="54"/>
        <source>{text}。</source>
        <translation>{text}.</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="42"/>
        <source>请输入用户名和密码</source>
        <translation>Please enter the user name and password</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="43"/>
        <source>无法连接中心服务器，本机也还没有可用于离线登录的账号：请在网络恢复后登录</source>
        <translation>The central server cannot be reached and this PC has no account for offline sign-in yet: please sign in once the network is back</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="46"/>
        <source>无法连接中心服务器，本机没有账号“{name}”的登录记录：请核对用户名或在联网时登录</source>
        <translation>The central server cannot be reached and this PC has no record of account “{name}”: check the user name or sign in while online</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="49"/>
        <source>该账号已停用，请联系大厅管理员</source>
        <translation>This account is disabled; please contact the hall manager</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="50"/>
        <source>连续 {failures} 次登录失败，账号“{name}”已暂时锁定，请 1 分钟后再试</source>
        <translation>{failures} failed sign-ins in a row: account “{name}” is locked for now; try again in 1 minute</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="51"/>
        <source>密码不正确。已连续 {failures} 次失败，账号已暂时锁定，请 1 分钟后再试</source>
        <translation>Wrong password. {failures} failures in a row: the account is locked for now; try again in 1 minute</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="54"/>
        <source>密码不正确（离线登录），还可尝试 {left} 次</source>
        <translation>Wrong password (offline sign-in); {left} tries left</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/calendar_years.py" line="48"/>
        <source>文件{name}</source>
        <translation>file {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/calendar_years.py" line="49"/>
        <source>未导入：文件{path}不是UTF-8编码的文本，请另存为UTF-8后再导入。</source>
        <translation>Not entered: file {path} is not UTF-8 text; save it as UTF-8 and enter it again.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/calendar_years.py" line="50"/>
        <source>未导入：无法读取文件{path}（{error}）。</source>
        <translation>Not entered: file {path} cannot be read ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/calendar_years.py" line="51"/>
        <source>未导入：{problem}</source>
        <translation>Not entered: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/calendar_years.py" line="52"/>
        <source>{year}年安排是暂定的，不能作为正式安排导入。</source>
        <translation>The {year} schedule is provisional and cannot be entered as the official one.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/calendar_years.py" line="53"/>
        <source>无法保存{year}年安排到{path}：{error}</source>
        <translation>The {year} schedule could not be saved to {path}: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/output.py" line="30"/>
        <source>无法保存文书到 {folder}：{error}。本次操作未生效，请检查磁盘后重试</source>
        <translation>The document could not be saved to {folder}: {error}. Nothing of this step was kept; check the disk and try again</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/output.py" line="33"/>
        <source>找不到该文书</source>
        <translation>Document not found</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/output.py" line="34"/>
        <source>文书文件已不在原位置（{path}），请重新生成</source>
        <translation>The document file is no longer where it was ({path}); please produce it again</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="40"/>
        <source>{count} 张凭条待重打</source>
        <translation>{count} slips waiting to be reprinted</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="42"/>
        <source>办件 {number} 当前为“{status}”，没有取件凭条；受理后、出件前才能打印。</source>
        <translation>Case {number} is “{status}” and has no pickup slip; it can be printed between acceptance and issue.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="45"/>
        <source>{number} 的取件凭条</source>
        <translation>The pickup slip of {number}</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="46"/>
        <source>测试页</source>
        <translation>The test page</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="47"/>
        <source>{what}无法生成：{problem}</source>
        <translation>{what} could not be produced: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="48"/>
        <source>{what}未打印：{problem}该凭条已保留（现有{count}张待重打），处理好打印机后重打即可。</source>
        <translation>{what} was not printed: {problem} The slip is kept ({count} waiting to be reprinted); reprint once the printer is fixed.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="51"/>
        <source>{what}已打印。</source>
        <translation>{what} is printed.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="52"/>
        <source>{what}已打印。另有{waiting}。</source>
        <translation>{what} is printed. Also {waiting}.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="53"/>
        <source>已重打 {count} 张凭条。</source>
        <translation>{count} slips reprinted.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="54"/>
        <source>{done}重打未完成：{error}仍有{waiting}。</source>
        <translation>{done} Reprinting stopped: {error} Still {waiting}.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="55"/>
        <source>没有待重打的凭条。</source>
        <translation>No slips are waiting to be reprinted.</translation>
    </message>
    <message>
        <location filename="../../app/device_check.py" line="30"/>
        <source>扫描仪没有送回任何页面，请检查是否放好文件</source>
        <translation>The scanner sent back no page; check that the document is placed correctly</translation>
    </message>
    <message>
        <location filename="../../app/device_check.py" line="31"/>
        <source>{seconds} 秒内评价器没有送回评价（按键是否正常？）</source>
        <translation>The rating pad sent no rating within {seconds} seconds (do its keys work?)</translation>
    </message>
    <message>
        <location filename="../../app/device_check.py" line="32"/>
        <source>读卡成功：{who}</source>
        <translation>Card read: {who}</translation>
    </message>
    <message>
        <location filename="../../app/device_check.py" line="33"/>
        <source>扫描成功：{pages} 页（{size} KB）</source>
        <translation>Scanned: {pages} pages ({size} KB)</translation>
    </message>
    <message>
        <location filename="../../app/device_check.py" line="34"/>
        <source>测试页已打印：{where}</source>
        <translation>Test page printed: {where}</translation>
    </message>
    <message>
        <location filename="../../app/device_check.py" line="35"/>
        <source>评价器已送回评价（{level} 级）</source>
        <translation>The rating pad sent a rating (level {level})</translation>
    </message>
    <message>
        <location filename="../../app/device_check.py" line="36"/>
        <source>键盘口扫码枪无需测试：在出件页扫描办件编号即可</source>
        <translation>A keyboard-wedge scanner needs no test: scan a case number on the issue page</translation>
    </message>
    <message>
        <location filename="../../app/device_check.py" line="37"/>
        <source>扫码成功：{code}</source>
        <translation>Scanned: {code}</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="68"/>
        <source>{where}中的“{value}”不是有效日期，应写成YYYY-MM-DD，例如2027-01-01。</source>
        <translation>“{value}” in {where} is not a valid date; write it as YYYY-MM-DD, e.g. 2027-01-01.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="71"/>
        <source>{where}中的日期段“{value}”无效：结束日期不能早于开始日期，且一段不能超过{days}天。</source>
        <translation>The date range “{value}” in {where} is invalid: the end cannot be before the start, and a range is at most {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="74"/>
        <source>{day}不属于{year}年，不能写在{year}年的安排中。</source>
        <translation>{day} is not in {year} and cannot be in the {year} schedule.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="75"/>
        <source>{day}同时出现在{first}和{second}中，请只保留一处。</source>
        <translation>{day} is both in {first} and in {second}; keep it in one place only.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="76"/>
        <source>放假日期</source>
        <translation>the days off</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="77"/>
        <source>调休上班日期</source>
        <translation>the make-up working days</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="78"/>
        <source>闭厅日期</source>
        <translation>the closure days</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="79"/>
        <source>额外工作日</source>
        <translation>the extra working days</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="80"/>
        <source>{year}年的位置上放的是{other}年的安排。</source>
        <translation>The place of {year} holds the schedule of {other}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="81"/>
        <source>节假日设置应为一个JSON对象（{{…}}）。</source>
        <translation>The holiday settings must be a JSON object ({{…}}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="82"/>
        <source>节假日设置</source>
        <translation>the holiday settings</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="83"/>
        <source>这不是OneWindow的节假日设置文件（format应为{format}）。</source>
        <translation>This is not a OneWindow holiday settings file (format must be {format}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="84"/>
        <source>不支持的节假日设置版本：{version}（应为{expected}）。</source>
        <translation>Unsupported holiday settings version: {version} (must be {expected}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="85"/>
        <source>years应为以年份为键的对象，例如 {{&quot;2027&quot;: {{…}}}}。</source>
        <translation>years must be an object keyed by year, e.g. {{&quot;2027&quot;: {{…}}}}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="86"/>
        <source>years中的“{key}”不是四位年份。</source>
        <translation>“{key}” in years is not a four-digit year.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="87"/>
        <source>{year}年安排</source>
        <translation>the {year} schedule</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="88"/>
        <source>{where}应为一个对象，例如 {{&quot;provisional&quot;: true}}。</source>
        <translation>{where} must be an object, e.g. {{&quot;provisional&quot;: true}}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="89"/>
        <source>{where}的provisional只能是true或false。</source>
        <translation>provisional in {where} can only be true or false.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="90"/>
        <source>{where}的放假日期(holidays)</source>
        <translation>the days off (holidays) of {where}</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="91"/>
        <source>{where}的调休上班日期(workdays)</source>
        <translation>the make-up working days (workdays) of {where}</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="92"/>
        <source>闭厅日期(closures)</source>
        <translation>the closure days (closures)</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="93"/>
        <source>额外工作日(extra_workdays)</source>
        <translation>the extra working days (extra_workdays)</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="94"/>
        <source>{where}应为日期列表，例如 [&quot;2027-01-01&quot;]。</source>
        <translation>{where} must be a list of dates, e.g. [&quot;2027-01-01&quot;].</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="95"/>
        <source>{where}中有无法识别的项：{keys}（可用的项：{allowed}）。</source>
        <translation>{where} has unknown entries: {keys} (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/case_views.py" line="27"/>
        <source>受理通知书</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/case_views.py" line="28"/>
        <source>一次性告知书</source>
        <translation>Deficiency notice</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/case_views.py" line="29"/>
        <source>不予受理通知书</source>
        <translation>Refusal notice</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/case_views.py" line="30"/>
        <source>出件登记单</source>
        <translation>Issue record</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="46"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="47"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="48"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="49"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="50"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="54"/>
        <source>节假日安排文件</source>
        <translation>the holiday schedule file</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="55"/>
        <source>{where}不是有效的JSON：第{line}行第{column}列附近有错误（{error}）。</source>
        <translation>{where} is not valid JSON: an error near line {line}, column {column} ({error}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="58"/>
        <source>节假日安排应为一个JSON对象，例如 {{&quot;year&quot;: 2027, &quot;holidays&quot;: […]}}。</source>
        <translation>A holiday schedule must be a JSON object, e.g. {{&quot;year&quot;: 2027, &quot;holidays&quot;: […]}}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="61"/>
        <source>节假日安排</source>
        <translation>the holiday schedule</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="62"/>
        <source>这不是一年的节假日安排文件（format应为{format}）。</source>
        <translation>This is not a year&apos;s holiday schedule file (format must be {format}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="63"/>
        <source>year应为四位数字的年份，例如2027，而不是“{year}”。</source>
        <translation>year must be a four-digit year such as 2027, not “{year}”.</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="64"/>
        <source>年份{year}不合理，应在{first}至{last}之间。</source>
        <translation>The year {year} is implausible; it must be between {first} and {last}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="65"/>
        <source>{year}年安排缺少放假日期(holidays)。</source>
        <translation>The {year} schedule has no days off (holidays).</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="66"/>
        <source>{year}年的放假日期(holidays)</source>
        <translation>the days off (holidays) of {year}</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="67"/>
        <source>{year}年的调休上班日期(workdays)</source>
        <translation>the make-up working days (workdays) of {year}</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="68"/>
        <source>source应为文字，例如“国务院办公厅关于2027年部分节假日安排的通知”。</source>
        <translation>source must be text, e.g. the title of the State Council&apos;s notice on the 2027 holidays.</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="71"/>
        <source>调休上班日期{day}是{weekday}，本来就上班；workdays只列周六、周日上班的日子。</source>
        <translation>The make-up working day {day} is a {weekday}, a working day anyway; workdays lists only Saturdays and Sundays worked.</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="74"/>
        <source>names应为节日名称到日期的对象，例如 {{&quot;元旦&quot;: [&quot;2027-01-01&quot;]}}。</source>
        <translation>names must map holiday names to dates, e.g. {{&quot;元旦&quot;: [&quot;2027-01-01&quot;]}}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="77"/>
        <source>names中“{name}”的日期</source>
        <translation>the dates of “{name}” in names</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="78"/>
        <source>“{name}”中的{day}不在放假日期(holidays)中。</source>
        <translation>{day} of “{name}” is not among the days off (holidays).</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/terminal_identity.py" line="23"/>
        <source>登记失败：{detail}</source>
        <translation>Enrolment failed: {detail}</translation>
    </message>
</context>
<context>
    <name>tickets</name>
    <message>
        <location filename="../../app/domain/tickets.py" line="104"/>
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="105"/>
        <source>已呼叫</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="106"/>
        <source>已办结</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="107"/>
        <source>已过号</source>
        <translation>No-show</translation>
    </message>
</context>
</TS>
