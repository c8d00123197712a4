<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ApplicantPanel</name>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="61"/>
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="63"/>
        <location filename="../../ui/intake/applicant_panel.py" line="72"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="64"/>
        <location filename="../../ui/intake/applicant_panel.py" line="73"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="67"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="68"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="70"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="129"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="129"/>
        <source>单位名称</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="130"/>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="130"/>
        <source>经办人</source>
        <translation>Contact person</translation>
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
        <location filename="../../ui/cases/case_detail.py" line="57"/>
        <source>在左侧“今日办件”中选中办件，按 Enter 打开。</source>
        <translation>Select a case in “Today’s cases” on the left and press Enter to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="62"/>
        <source>继续收件(&amp;C)</source>
        <translation>&amp;Continue intake</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="65"/>
        <source>证照编号（可不填）</source>
        <translation>Certificate no. (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="67"/>
        <source>结果到件登记(&amp;R)</source>
        <translation>&amp;Register result</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="69"/>
        <source>当场办结(&amp;J)</source>
        <translation>Complete on the spot (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="72"/>
        <source>补交容缺材料(&amp;B)</source>
        <translation>Deferred material &amp;brought</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="74"/>
        <source>出件(&amp;I)</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="77"/>
        <source>打印取件凭条(&amp;T)</source>
        <translation>Print collection slip (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="95"/>
        <location filename="../../ui/cases/case_detail.py" line="129"/>
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="95"/>
        <source>核验结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="95"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="116"/>
        <source>重新打印所选文书</source>
        <translation>Reprint selected document</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="125"/>
        <source>办理过程</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="126"/>
        <source>文书（Enter 预览）</source>
        <translation>Documents (Enter to preview)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="160"/>
        <source>申请人：{0}  {1} {2}  电话 {3}</source>
        <translation>Applicant: {0}  {1} {2}  phone {3}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="164"/>
        <source>收件 {0:%Y-%m-%d %H:%M}</source>
        <translation>Received {0:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="166"/>
        <source>承诺办结 {0:%Y-%m-%d}</source>
        <translation>Promised by {0:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="168"/>
        <source>补正期限 {0:%Y-%m-%d}</source>
        <translation>Supplement due {0:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="170"/>
        <source>证照编号 {0}</source>
        <translation>Certificate no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="172"/>
        <source>不予受理理由：{0}</source>
        <translation>Refusal reason: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="176"/>
        <source>待补交：{0}</source>
        <translation>Still owed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="192"/>
        <source>［后台］</source>
        <translation>[back office] </translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="199"/>
        <source>已打印</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="199"/>
        <source>未打印</source>
        <translation>not printed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="216"/>
        <source>已超期：承诺办结日 {0}</source>
        <translation>Overdue: promised by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="218"/>
        <source>临近承诺期限：承诺办结日 {0}</source>
        <translation>Due soon: promised by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="257"/>
        <source>{0} 结果已到件，现为“{1}”，可出件。</source>
        <translation>{0}: result registered, now “{1}”; ready to issue.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="265"/>
        <source>{0} 已当场办结，现为“{1}”。</source>
        <translation>{0}: completed on the spot, now “{1}”.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="273"/>
        <source>{0} 容缺材料已补交。</source>
        <translation>{0}: deferred material received.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="290"/>
        <source>重打凭条</source>
        <translation>Reprint slip</translation>
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
        <location filename="../../ui/devices/hub.py" line="151"/>
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
        <location filename="../../ui/devices/settings_dialog.py" line="55"/>
        <source>设备设置</source>
        <translation>Device settings</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="67"/>
        <source>设备</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="67"/>
        <source>类型</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="67"/>
        <source>地址（URL）</source>
        <translation>Address (URL)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="85"/>
        <source>测试</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="104"/>
        <source>sim:// 为模拟设备（演示与培训用）。测试会真实操作设备：读一张证、扫一页、打印测试页、请评价器评价。</source>
        <translation>sim:// is a simulated device (for demos and training). Testing really operates the device: reads a card, scans a page, prints a test page, asks the rating pad for a rating.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="113"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="114"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="138"/>
        <source>请在15秒内把证件放到读卡器上……</source>
        <translation>Place an ID card on the reader within 15 seconds…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="139"/>
        <source>请在评价器上按一个评价（60秒内）……</source>
        <translation>Press a rating on the rating pad (within 60 seconds)…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="140"/>
        <source>请扫描一个条码（30秒内）……</source>
        <translation>Scan a barcode (within 30 seconds)…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="142"/>
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
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="70"/>
        <source>申请人  [F3]</source>
        <translation>Applicant  [F3]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="75"/>
        <source>申请材料  [F4]</source>
        <translation>Materials  [F4]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="76"/>
        <source>扫描件  [F8]</source>
        <translation>Scans  [F8]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="101"/>
        <source>先选择事项：按 F2 输入名称、编码或拼音首字母，Enter 选定。申请人可先读卡或录入。</source>
        <translation>First pick the matter: press F2, type a name, code or pinyin initials, Enter to pick. The applicant may be read from the ID card or typed first.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="138"/>
        <source>承诺时限：{0}</source>
        <translation>Promised: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="140"/>
        <source>法定时限：{0}</source>
        <translation>Statutory: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="145"/>
        <source>受理条件：{0}</source>
        <translation>Conditions: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="146"/>
        <source>收费：{0}</source>
        <translation>Fee: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="147"/>
        <source>结果：{0}</source>
        <translation>Result: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="151"/>
        <source>一件事包含：{0}</source>
        <translation>Bundle of: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="152"/>
        <source>办件编号：{0}（{1}）</source>
        <translation>Case no. {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="188"/>
        <source>申请人</source>
        <translation>applicant</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="188"/>
        <source>代理人/经办人</source>
        <translation>agent/contact person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="189"/>
        <source>已读取{0}：{1} {2}，已填入{3}。</source>
        <translation>Read {0}: {1} {2}, filled in as {3}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="193"/>
        <source>请选择事项（F2）。</source>
        <translation>Please pick a matter (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="242"/>
        <source>还没有办件：请先按 F2 选择事项。</source>
        <translation>No case yet: press F2 and pick a matter first.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="260"/>
        <source>已出具一次性告知书，办件编号 {0}（待补正）。</source>
        <translation>Deficiency notice issued, case no. {0} (awaiting supplement). </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="262"/>
        <source>已出具不予受理通知书，办件编号 {0}。</source>
        <translation>Refusal notice issued, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="264"/>
        <source>已受理，办件编号 {0}，承诺 {1} 前办结。</source>
        <translation>Accepted, case no. {0}, promised by {1}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="268"/>
        <source>已受理，办件编号 {0}。</source>
        <translation>Accepted, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="270"/>
        <source>{0}已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="273"/>
        <source>打印失败，文书已保存，可重新打印。</source>
        <translation>Printing failed; the document is kept and can be reprinted.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="277"/>
        <source>重新打印 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="314"/>
        <source>草稿已放弃。</source>
        <translation>Draft discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="332"/>
        <source>继续办理 {0}（{1}）：核验补交的材料后按 F9 受理。</source>
        <translation>Continuing {0} ({1}): check the materials brought, then F9 to accept.</translation>
    </message>
</context>
<context>
    <name>IssuancePanel</name>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="46"/>
        <source>输入或扫描办件编号，Enter 查找</source>
        <translation>Type or scan the case number, Enter to find</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="51"/>
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="54"/>
        <source>办件编号 [F6]</source>
        <translation>Case no. [F6]</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="57"/>
        <source>尚未查找办件。</source>
        <translation>No case looked up yet.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="88"/>
        <source>领取方式</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="89"/>
        <source>领取人</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="90"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="91"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="92"/>
        <source>快递单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="93"/>
        <source>邮寄地址</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="101"/>
        <source>出件 (Ctrl+Enter)</source>
        <translation>Issue (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="115"/>
        <source>领取</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="127"/>
        <source>请输入或扫描办件编号。</source>
        <translation>Please type or scan a case number.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="144"/>
        <source>{0}  ·  {1}  ·  {2}
申请人：{3}  {4} {5}</source>
        <translation>{0}  ·  {1}  ·  {2}
Applicant: {3}  {4} {5}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="153"/>
        <source>结果：{0}  {1}</source>
        <translation>Result: {0}  {1}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="172"/>
        <source>该办件当前为“{0}”，结果尚未到件，不能出件。</source>
        <translation>This case is “{0}”: its result has not arrived, it cannot be issued.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="174"/>
        <source>该办件已出件：{0}</source>
        <translation>Already issued: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="212"/>
        <source>已读取领取人证件，请核对后按 Ctrl+Enter 出件。</source>
        <translation>Collector’s ID card read; check it, then press Ctrl+Enter to issue.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="243"/>
        <source>已出件，办件编号 {0}。</source>
        <translation>Issued, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="245"/>
        <source>{0}已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="250"/>
        <source>重新打印 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
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
        <location filename="../../ui/sign_in/session.py" line="76"/>
        <source>一窗通办 — {0} {1}（{2}）</source>
        <translation>OneWindow — {0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54"/>
        <source>收件 [F2]</source>
        <translation>Intake [F2]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55"/>
        <source>出件 [F6]</source>
        <translation>Issuance [F6]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56"/>
        <source>办件详情</source>
        <translation>Case detail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="111"/>
        <source>正在打开本地数据库和事项清单……</source>
        <translation>Opening the local database and matter list…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="142"/>
        <source>工作台无法启动：{0}。请联系运维人员；已有数据未受影响。</source>
        <translation>The workbench could not start: {0}. Please contact IT support; existing data is unaffected.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="144"/>
        <source>启动失败</source>
        <translation>Startup failed</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="52"/>
        <source>切换用户 · 同步</source>
        <translation>Switch user · Sync</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="78"/>
        <source>{0}
窗口人员：{1}</source>
        <translation>{0}
Clerk: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="94"/>
        <source>（离线登录）</source>
        <translation> (offline sign-in)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="95"/>
        <source>{0} 已登录{1}</source>
        <translation>{0} signed in{1}</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="55"/>
        <source>切换用户 / 退出登录	Ctrl+Shift+L</source>
        <translation>Switch user / sign out	Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="56"/>
        <source>同步状态	Ctrl+Shift+Y</source>
        <translation>Sync status	Ctrl+Shift+Y</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164"/>
        <source>今日办件  [F5 刷新]</source>
        <translation>Today’s cases  [F5 refresh]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166"/>
        <source>本窗口</source>
        <translation>This window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="300"/>
        <source>设备设置未能保存：{0}</source>
        <translation>Device settings could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>设备设置已保存</source>
        <translation>Device settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="221"/>
        <source>已刷新</source>
        <translation>Refreshed</translation>
    </message>
</context>
<context>
    <name>MaterialChecklist</name>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="72"/>
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="72"/>
        <source>类别</source>
        <translation>Necessity</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="72"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="72"/>
        <source>核验结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="72"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="89"/>
        <source>申请材料核验</source>
        <translation>Material check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="97"/>
        <source>写明不符合要求的原因，告知书会列出（Enter 确认，Esc 取消）</source>
        <translation>Why it is not acceptable, printed on the notice (Enter confirms, Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="107"/>
        <source>其余全部已收取 (Ctrl+Shift+A)</source>
        <translation>All others received (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="108"/>
        <source>把所有“未核验”的材料标为已收取；已标记的不变</source>
        <translation>Mark every unchecked material as received; marked ones stay as they are</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="179"/>
        <source>1 已收取 2 缺少 3 不符合要求 4 容缺后补 5 告知承诺 6 电子证照 7 不提供 0 未核验 空格 切换</source>
        <translation>1 received 2 missing 3 not acceptable 4 deferred 5 commitment 6 e-licence 7 not provided 0 unchecked Space toggle</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="187"/>
        <source>“{0}”不属于容缺后补材料，不能容缺受理</source>
        <translation>“{0}” is not a deferrable material</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="189"/>
        <source>“{0}”不适用告知承诺</source>
        <translation>“{0}” cannot be replaced by a commitment</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="191"/>
        <source>“{0}”不能以电子证照替代</source>
        <translation>“{0}” cannot be replaced by an e-licence</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="193"/>
        <source>“{0}”是必要材料，请核验为已收取、缺少或不符合要求</source>
        <translation>“{0}” is required: mark it received, missing or not acceptable</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="215"/>
        <source>“{0}”不符合要求的原因：</source>
        <translation>Why “{0}” is not acceptable:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="223"/>
        <source>请写明不符合要求的原因，告知书会一并列出</source>
        <translation>Please state why it is not acceptable; the notice lists it</translation>
    </message>
</context>
<context>
    <name>MaterialPages</name>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="90"/>
        <source>扫描件缩略图</source>
        <translation>Scan thumbnails</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="97"/>
        <source>平板</source>
        <translation>Flatbed</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="98"/>
        <source>进纸器</source>
        <translation>Feeder</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="100"/>
        <source>彩色</source>
        <translation>Colour</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="100"/>
        <source>灰度</source>
        <translation>Greyscale</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="100"/>
        <source>黑白</source>
        <translation>Black &amp; white</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="102"/>
        <source>扫描 (F7)</source>
        <translation>Scan (F7)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="104"/>
        <source>导入 (Ctrl+O)</source>
        <translation>Import (Ctrl+O)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="173"/>
        <source>选择事项后，在材料清单中选中一项材料，按 F7 扫描。</source>
        <translation>After picking a matter, select a material in the checklist and press F7 to scan.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="175"/>
        <source>“{0}”的扫描件：{1} 页</source>
        <translation>Scans of “{0}”: {1} page(s)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="207"/>
        <source>第{0}页</source>
        <translation>Page {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="219"/>
        <source>请先选择事项，并在材料清单中选中要扫描的材料。</source>
        <translation>Please pick a matter first and select the material to scan in the checklist.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="235"/>
        <source>没有配置扫描仪：请在设备设置中选择扫描仪。</source>
        <translation>No scanner configured: choose one in the device settings.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="247"/>
        <source>正在扫描“{0}”……</source>
        <translation>Scanning “{0}”…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="270"/>
        <source>导入扫描件</source>
        <translation>Import scans</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="270"/>
        <source>图像 (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</source>
        <translation>Images (*.jpg *.jpeg *.png *.tif *.tiff *.bmp)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="306"/>
        <source>已为“{0}”添加 {1} 页。</source>
        <translation>Added {1} page(s) to “{0}”. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="308"/>
        <source>{0} 页与已有扫描件相同，未重复添加。</source>
        <translation>{0} page(s) already scanned, not added again. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="310"/>
        <source>未添加：{0}</source>
        <translation>Not added: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="340"/>
        <source>删除第{0}页？再按 Del 删除，按 Esc 保留。</source>
        <translation>Delete page {0}? Press Del again to delete, Esc to keep.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_pages.py" line="361"/>
        <source>R/Shift+R 旋转  Ctrl+←/→ 移动  Del 删除</source>
        <translation>R/Shift+R rotate  Ctrl+←/→ move  Del delete</translation>
    </message>
</context>
<context>
    <name>MatterSearch</name>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="34"/>
        <source>输入事项名称、编码或拼音首字母（如 jhdj）查找事项  [F2]</source>
        <translation>Find a matter by name, code or pinyin initials (e.g. jhdj)  [F2]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="36"/>
        <source>事项查找</source>
        <translation>Matter search</translation>
    </message>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="61"/>
        <source>一件事</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="66"/>
        <source>没有找到“{0}”相关的事项</source>
        <translation>No matter found for “{0}”</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="25"/>
        <source>文书预览</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="27"/>
        <source>办理决定后，文书在此显示。</source>
        <translation>The document of a decision appears here.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="30"/>
        <source>重新打印 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="72"/>
        <source>{0} 已打印。</source>
        <translation>Printed at {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="75"/>
        <source>打印机未响应</source>
        <translation>the printer did not respond</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="76"/>
        <source>{0} 打印失败：{1}。PDF 已保存：{2}</source>
        <translation>{0} printing failed: {1}. PDF kept at {2}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="85"/>
        <source>正在重新打印…</source>
        <translation>Reprinting…</translation>
    </message>
</context>
<context>
    <name>RatingPrompt</name>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="62"/>
        <source>该办件已有申请人评价，不再重复邀请。</source>
        <translation>The applicant has already rated this case; not asking again.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="69"/>
        <source>等待申请人评价……</source>
        <translation>Waiting for the applicant’s rating…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="82"/>
        <source>已取消本次评价邀请。</source>
        <translation>Rating request cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="90"/>
        <source>评价器未能完成评价：{0}</source>
        <translation>The rating pad could not complete the rating: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="93"/>
        <source>申请人未评价，本次不记录评价。</source>
        <translation>The applicant did not rate; no rating recorded.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/rating_prompt.py" line="104"/>
        <source>申请人已完成评价，评价已记录。</source>
        <translation>The applicant has rated; the rating is recorded.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="39"/>
        <source>一窗通办 · 登录</source>
        <translation>OneWindow · Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="47"/>
        <location filename="../../ui/sign_in/screen.py" line="63"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="50"/>
        <location filename="../../ui/sign_in/screen.py" line="64"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="54"/>
        <source>登录 (Enter)</source>
        <translation>Sign in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="57"/>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="103"/>
        <source>正在打开本地数据库……</source>
        <translation>Opening the local database…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="108"/>
        <source>本工作台未连接服务器：使用本机缓存的账号</source>
        <translation>No server for this workbench: accounts cached on this PC are used</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="110"/>
        <source>服务器可连接：{0}</source>
        <translation>Server reachable: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="112"/>
        <source>离线登录：使用本机缓存的账号</source>
        <translation>Offline sign-in: accounts cached on this PC are used</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="131"/>
        <source>请输入用户名。</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="137"/>
        <source>请输入密码。</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="142"/>
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
    <name>Startup</name>
    <message>
        <location filename="../../ui/sync/startup.py" line="107"/>
        <source>演示服务器未能启动（{0}），工作台在本机照常工作。</source>
        <translation>The demo server did not start ({0}); the workbench works on this PC as usual.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="120"/>
        <source>本终端未能登记到演示服务器：{0}</source>
        <translation>This terminal could not enrol with the demo server: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="122"/>
        <source>演示服务器换了地址（{0}），本终端登记的是 {1}；请删除演示数据文件夹后重新开始。</source>
        <translation>The demo server moved ({0}) but this terminal enrolled with {1}; delete the demo data folder and start again.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="129"/>
        <source>演示账号未能登录：{0}</source>
        <translation>The demo account could not sign in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="151"/>
        <source>本终端未能登记到服务器：{0}</source>
        <translation>This terminal could not enrol with the server: {0}</translation>
    </message>
</context>
<context>
    <name>SyncMonitor</name>
    <message>
        <location filename="../../ui/sync/monitor.py" line="90"/>
        <source>状态未知</source>
        <translation>status unknown</translation>
    </message>
</context>
<context>
    <name>SyncPanel</name>
    <message>
        <location filename="../../ui/sync/panel.py" line="47"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="57"/>
        <source>立即同步(&amp;S)</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="69"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="70"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="71"/>
        <source>所做操作</source>
        <translation>What was done</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="72"/>
        <source>服务器的理由</source>
        <translation>Server&apos;s reason</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="73"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="94"/>
        <source>被服务器退回的操作</source>
        <translation>Changes the server refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="97"/>
        <source>没有被服务器退回的操作。</source>
        <translation>The server has refused no changes.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="99"/>
        <source>标记已读(&amp;M)</source>
        <translation>&amp;Mark as read</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="101"/>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="104"/>
        <source>Enter 打开所选办件</source>
        <translation>Enter opens the selected case</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="109"/>
        <source>服务器退回的操作</source>
        <translation>Changes the server refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="147"/>
        <source>正在读取同步状态……</source>
        <translation>Reading the sync status…</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="152"/>
        <location filename="../../ui/sync/panel.py" line="194"/>
        <source>单机模式：本工作台没有服务器可同步。</source>
        <translation>Standalone: this workbench has no server to sync with.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="162"/>
        <source>已读</source>
        <translation>read</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="162"/>
        <source>未读</source>
        <translation>unread</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="186"/>
        <source>{0}  {1}
服务器的理由：{2}</source>
        <translation>{0}  {1}
Server's reason: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/panel.py" line="192"/>
        <source>已请求同步；结果会显示在状态栏。</source>
        <translation>Sync requested; the outcome shows in the status bar.</translation>
    </message>
</context>
<context>
    <name>SyncStatusText</name>
    <message>
        <location filename="../../ui/sync/status_text.py" line="39"/>
        <source>刚刚</source>
        <translation>just now</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="42"/>
        <source>{0}分钟前</source>
        <translation>{0} min ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="45"/>
        <source>{0}小时前</source>
        <translation>{0} h ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="46"/>
        <source>{0}天前</source>
        <translation>{0} d ago</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="64"/>
        <source>单机模式（未连接服务器）</source>
        <translation>standalone (no server connected)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="66"/>
        <location filename="../../ui/sync/status_text.py" line="110"/>
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="66"/>
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="68"/>
        <source>待同步 {0} 条</source>
        <translation>{0} waiting</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="70"/>
        <source>（最早一条 {0}）</source>
        <translation> (oldest {0})</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="75"/>
        <source>已全部同步</source>
        <translation>all synced</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="77"/>
        <source>被退回 {0} 条</source>
        <translation>{0} refused</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="79"/>
        <source>上次同步 {0}</source>
        <translation>last sync {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="81"/>
        <source>尚未同步</source>
        <translation>never synced</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="99"/>
        <source>单击或按 Ctrl+Shift+Y 打开同步面板</source>
        <translation>Click or press Ctrl+Shift+Y for the sync panel</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="106"/>
        <source>单机模式：本工作台没有登记到服务器，办件只保存在本机。</source>
        <translation>Standalone: this workbench is not enrolled with a server; cases are kept on this PC only.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="107"/>
        <source>服务器：{0}</source>
        <translation>Server: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="109"/>
        <source>连接：{0}</source>
        <translation>Connection: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="112"/>
        <source>离线（办件照常保存在本机）</source>
        <translation>offline (cases are saved on this PC as usual)</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="115"/>
        <source>待同步：{0} 条</source>
        <translation>Waiting: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="118"/>
        <source>最早一条待同步：{0}（{1}）</source>
        <translation>Oldest waiting: {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="124"/>
        <source>上次同步：{0}</source>
        <translation>Last sync: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="127"/>
        <source>服务器退回的操作：{0} 条未读</source>
        <translation>Refused by the server: {0} unread</translation>
    </message>
    <message>
        <location filename="../../ui/sync/status_text.py" line="129"/>
        <source>最近的错误：{0}</source>
        <translation>Last error: {0}</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <location filename="../../ui/cases/today_list.py" line="56"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="56"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="56"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="56"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="71"/>
        <source>今日办件</source>
        <translation>Today’s cases</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="72"/>
        <source>今天还没有办件。</source>
        <translation>No cases today yet.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="112"/>
        <source>尚未同步到服务器</source>
        <translation>Not yet synced to the server</translation>
    </message>
</context>
<context>
    <name>WorkbenchStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="29"/>
        <source>叫号</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="29"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="29"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="40"/>
        <source>未接入</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="41"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="42"/>
        <source>单机模式（未连接服务器）</source>
        <translation>standalone (no server connected)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="63"/>
        <source>处理中…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../ui/worker.py" line="32"/>
        <source>操作未完成：程序内部错误（{0}）。详情已记入日志，已录入的内容仍然保留。</source>
        <translation>Not done: internal error ({0}). Details are in the log; everything typed is kept.</translation>
    </message>
</context>
</TS>
