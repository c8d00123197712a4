<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name>ApplicantPanel</name>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="60" />
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="62" />
        <location filename="../../ui/intake/applicant_panel.py" line="71" />
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="63" />
        <location filename="../../ui/intake/applicant_panel.py" line="72" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="66" />
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="67" />
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="69" />
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="127" />
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="127" />
        <source>单位名称</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="128" />
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="128" />
        <source>经办人</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <location filename="../../ui/banner.py" line="31" />
        <source>关闭提示</source>
        <translation>Dismiss</translation>
    </message>
</context>
<context>
    <name>CaseDetail</name>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="52" />
        <source>在左侧“今日办件”中选中办件，按 Enter 打开。</source>
        <translation>Select a case in “Today’s cases” on the left and press Enter to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="57" />
        <source>继续收件(&amp;C)</source>
        <translation>&amp;Continue intake</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="60" />
        <source>证照编号（可不填）</source>
        <translation>Certificate no. (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="62" />
        <source>结果到件登记(&amp;R)</source>
        <translation>&amp;Register result</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="64" />
        <source>当场办结(&amp;J)</source>
        <translation>Complete on the spot (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="67" />
        <source>补交容缺材料(&amp;B)</source>
        <translation>Deferred material &amp;brought</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="69" />
        <source>出件(&amp;I)</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="87" />
        <location filename="../../ui/cases/case_detail.py" line="113" />
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="87" />
        <source>核验结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="87" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="100" />
        <source>重新打印所选文书</source>
        <translation>Reprint selected document</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="109" />
        <source>办理过程</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="110" />
        <source>文书（Enter 预览）</source>
        <translation>Documents (Enter to preview)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="144" />
        <source>申请人：{0}  {1} {2}  电话 {3}</source>
        <translation>Applicant: {0}  {1} {2}  phone {3}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="148" />
        <source>收件 {0:%Y-%m-%d %H:%M}</source>
        <translation>Received {0:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="150" />
        <source>承诺办结 {0:%Y-%m-%d}</source>
        <translation>Promised by {0:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="152" />
        <source>补正期限 {0:%Y-%m-%d}</source>
        <translation>Supplement due {0:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="154" />
        <source>证照编号 {0}</source>
        <translation>Certificate no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="156" />
        <source>不予受理理由：{0}</source>
        <translation>Refusal reason: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="160" />
        <source>待补交：{0}</source>
        <translation>Still owed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="178" />
        <source>已打印</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="178" />
        <source>未打印</source>
        <translation>not printed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="218" />
        <source>{0} 结果已到件，现为“{1}”，可出件。</source>
        <translation>{0}: result registered, now “{1}”; ready to issue.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="226" />
        <source>{0} 已当场办结，现为“{1}”。</source>
        <translation>{0}: completed on the spot, now “{1}”.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="234" />
        <source>{0} 容缺材料已补交。</source>
        <translation>{0}: deferred material received.</translation>
    </message>
</context>
<context>
    <name>DecisionBar</name>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="21" />
        <source>受理 (F9)</source>
        <translation>Accept (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="23" />
        <source>材料齐全、符合法定形式：受理并打印受理通知书</source>
        <translation>Materials complete and in due form: accept and print the acceptance notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="24" />
        <source>一次性告知 (F10)</source>
        <translation>Deficiency notice (F10)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="25" />
        <source>材料不齐或不符合要求：一次性告知需补正的全部材料</source>
        <translation>Materials incomplete or wrong: list everything to supplement in one notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="26" />
        <source>不予受理 (F11)</source>
        <translation>Refuse (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="28" />
        <source>不属于本机关职权范围等情形：写明理由，打印不予受理通知书</source>
        <translation>Outside this authority’s remit etc.: state the reason, print the refusal notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="29" />
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="30" />
        <source>删除这份尚未决定的收件草稿</source>
        <translation>Delete this undecided intake draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="50" />
        <source>不予受理的理由（将写入通知书）</source>
        <translation>Reason for refusal (printed on the notice)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="54" />
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="80" />
        <source>不予受理理由：</source>
        <translation>Refusal reason:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="82" />
        <source>确认不予受理 (Enter)</source>
        <translation>Confirm refusal (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="90" />
        <source>放弃这份草稿？已录入的申请人和材料核验结果将删除。</source>
        <translation>Discard this draft? The applicant and material checks entered will be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="92" />
        <source>确认放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="100" />
        <source>请先写明不予受理的理由：</source>
        <translation>Please state the reason for refusal first:</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="59" />
        <source>申请人  [F3]</source>
        <translation>Applicant  [F3]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="60" />
        <source>申请材料  [F4]</source>
        <translation>Materials  [F4]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="79" />
        <source>先选择事项：按 F2 输入名称、编码或拼音首字母，Enter 选定。申请人可先读卡或录入。</source>
        <translation>First pick the matter: press F2, type a name, code or pinyin initials, Enter to pick. The applicant may be read from the ID card or typed first.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="119" />
        <source>承诺时限：{0}</source>
        <translation>Promised: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="121" />
        <source>法定时限：{0}</source>
        <translation>Statutory: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="126" />
        <source>受理条件：{0}</source>
        <translation>Conditions: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="127" />
        <source>收费：{0}</source>
        <translation>Fee: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="128" />
        <source>结果：{0}</source>
        <translation>Result: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="132" />
        <source>一件事包含：{0}</source>
        <translation>Bundle of: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="133" />
        <source>办件编号：{0}（{1}）</source>
        <translation>Case no. {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="215" />
        <source>还没有办件：请先按 F2 选择事项。</source>
        <translation>No case yet: press F2 and pick a matter first.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="233" />
        <source>已出具一次性告知书，办件编号 {0}（待补正）。</source>
        <translation>Deficiency notice issued, case no. {0} (awaiting supplement). </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="235" />
        <source>已出具不予受理通知书，办件编号 {0}。</source>
        <translation>Refusal notice issued, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="237" />
        <source>已受理，办件编号 {0}，承诺 {1} 前办结。</source>
        <translation>Accepted, case no. {0}, promised by {1}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="241" />
        <source>已受理，办件编号 {0}。</source>
        <translation>Accepted, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="243" />
        <source>{0}已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="246" />
        <source>打印失败，文书已保存，可重新打印。</source>
        <translation>Printing failed; the document is kept and can be reprinted.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="250" />
        <source>重新打印 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="286" />
        <source>草稿已放弃。</source>
        <translation>Draft discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="303" />
        <source>继续办理 {0}（{1}）：核验补交的材料后按 F9 受理。</source>
        <translation>Continuing {0} ({1}): check the materials brought, then F9 to accept.</translation>
    </message>
</context>
<context>
    <name>IssuancePanel</name>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="44" />
        <source>输入或扫描办件编号，Enter 查找</source>
        <translation>Type or scan the case number, Enter to find</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="46" />
        <source>查找</source>
        <translation>Find</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="49" />
        <source>办件编号 [F6]</source>
        <translation>Case no. [F6]</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="52" />
        <source>尚未查找办件。</source>
        <translation>No case looked up yet.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="83" />
        <source>领取方式</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="84" />
        <source>领取人</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="85" />
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="86" />
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="87" />
        <source>快递单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="88" />
        <source>邮寄地址</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="96" />
        <source>出件 (Ctrl+Enter)</source>
        <translation>Issue (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="110" />
        <source>领取</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="122" />
        <source>请输入或扫描办件编号。</source>
        <translation>Please type or scan a case number.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="136" />
        <source>{0}  ·  {1}  ·  {2}
申请人：{3}  {4} {5}</source>
        <translation>{0}  ·  {1}  ·  {2}
Applicant: {3}  {4} {5}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="145" />
        <source>结果：{0}  {1}</source>
        <translation>Result: {0}  {1}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="157" />
        <source>该办件当前为“{0}”，结果尚未到件，不能出件。</source>
        <translation>This case is “{0}”: its result has not arrived, it cannot be issued.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="159" />
        <source>该办件已出件：{0}</source>
        <translation>Already issued: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="207" />
        <source>已出件，办件编号 {0}。</source>
        <translation>Issued, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="209" />
        <source>{0}已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="214" />
        <source>重新打印 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../ui/labels.py" line="15" />
        <source>自然人</source>
        <translation>Natural person</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="16" />
        <source>企业法人</source>
        <translation>Enterprise legal person</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="17" />
        <source>事业法人</source>
        <translation>Public institution</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="18" />
        <source>社会组织法人</source>
        <translation>Social organisation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="19" />
        <source>非法人企业</source>
        <translation>Unincorporated enterprise</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="20" />
        <source>行政机关</source>
        <translation>Government body</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="21" />
        <source>其他组织</source>
        <translation>Other organisation</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="27" />
        <source>居民身份证</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="28" />
        <source>普通护照</source>
        <translation>Passport</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="29" />
        <source>港澳居民来往内地通行证</source>
        <translation>HK/Macao travel permit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="30" />
        <source>台湾居民来往大陆通行证</source>
        <translation>Taiwan travel permit</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="31" />
        <source>外国人永久居留身份证</source>
        <translation>Foreign permanent resident ID</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="32" />
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="33" />
        <source>其他证件</source>
        <translation>Other ID</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="43" />
        <source>本人领取</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="44" />
        <source>代领</source>
        <translation>By an agent</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="45" />
        <source>邮寄</source>
        <translation>By post</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="51" />
        <source>已超期</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../ui/labels.py" line="52" />
        <source>即将到期</source>
        <translation>due soon</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="34" />
        <source>一窗通办 — {0} {1}（{2}）</source>
        <translation>OneWindow — {0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <source>收件 [F2]</source>
        <translation>Intake [F2]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <source>出件 [F6]</source>
        <translation>Issuance [F6]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48" />
        <source>办件详情</source>
        <translation>Case detail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>{0}
窗口人员：{1}</source>
        <translation>{0}
Clerk: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>今日办件  [F5 刷新]</source>
        <translation>Today’s cases  [F5 refresh]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <source>本窗口</source>
        <translation>This window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>读卡器 模拟</source>
        <translation>card reader simulated</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="112" />
        <source>读卡器 {0}</source>
        <translation>card reader {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="115" />
        <source>打印到PDF文件</source>
        <translation>printing to PDF files</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="117" />
        <source>打印机 模拟</source>
        <translation>printer simulated</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="119" />
        <source>打印机 {0}</source>
        <translation>printer {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>已刷新</source>
        <translation>Refreshed</translation>
    </message>
</context>
<context>
    <name>MaterialChecklist</name>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="72" />
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="72" />
        <source>类别</source>
        <translation>Necessity</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="72" />
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="72" />
        <source>核验结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="72" />
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="89" />
        <source>申请材料核验</source>
        <translation>Material check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="97" />
        <source>写明不符合要求的原因，告知书会列出（Enter 确认，Esc 取消）</source>
        <translation>Why it is not acceptable, printed on the notice (Enter confirms, Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="107" />
        <source>其余全部已收取 (Ctrl+Shift+A)</source>
        <translation>All others received (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="108" />
        <source>把所有“未核验”的材料标为已收取；已标记的不变</source>
        <translation>Mark every unchecked material as received; marked ones stay as they are</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="179" />
        <source>1 已收取 2 缺少 3 不符合要求 4 容缺后补 5 告知承诺 6 电子证照 7 不提供 0 未核验 空格 切换</source>
        <translation>1 received 2 missing 3 not acceptable 4 deferred 5 commitment 6 e-licence 7 not provided 0 unchecked Space toggle</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="187" />
        <source>“{0}”不属于容缺后补材料，不能容缺受理</source>
        <translation>“{0}” is not a deferrable material</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="189" />
        <source>“{0}”不适用告知承诺</source>
        <translation>“{0}” cannot be replaced by a commitment</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="191" />
        <source>“{0}”不能以电子证照替代</source>
        <translation>“{0}” cannot be replaced by an e-licence</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="193" />
        <source>“{0}”是必要材料，请核验为已收取、缺少或不符合要求</source>
        <translation>“{0}” is required: mark it received, missing or not acceptable</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="215" />
        <source>“{0}”不符合要求的原因：</source>
        <translation>Why “{0}” is not acceptable:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="223" />
        <source>请写明不符合要求的原因，告知书会一并列出</source>
        <translation>Please state why it is not acceptable; the notice lists it</translation>
    </message>
</context>
<context>
    <name>MatterSearch</name>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="32" />
        <source>输入事项名称、编码或拼音首字母（如 jhdj）查找事项  [F2]</source>
        <translation>Find a matter by name, code or pinyin initials (e.g. jhdj)  [F2]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="34" />
        <source>事项查找</source>
        <translation>Matter search</translation>
    </message>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="59" />
        <source>一件事</source>
        <translation>Bundle</translation>
    </message>
    <message>
        <location filename="../../ui/intake/matter_search.py" line="64" />
        <source>没有找到“{0}”相关的事项</source>
        <translation>No matter found for “{0}”</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="25" />
        <source>文书预览</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="27" />
        <source>办理决定后，文书在此显示。</source>
        <translation>The document of a decision appears here.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="30" />
        <source>重新打印 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="72" />
        <source>{0} 已打印。</source>
        <translation>Printed at {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="75" />
        <source>打印机未响应</source>
        <translation>the printer did not respond</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="76" />
        <source>{0} 打印失败：{1}。PDF 已保存：{2}</source>
        <translation>{0} printing failed: {1}. PDF kept at {2}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="85" />
        <source>正在重新打印…</source>
        <translation>Reprinting…</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <location filename="../../ui/cases/today_list.py" line="52" />
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="52" />
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="52" />
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="52" />
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="67" />
        <source>今日办件</source>
        <translation>Today’s cases</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="68" />
        <source>今天还没有办件。</source>
        <translation>No cases today yet.</translation>
    </message>
</context>
<context>
    <name>WorkbenchStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="25" />
        <source>叫号</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="25" />
        <source>设备</source>
        <translation>Devices</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="25" />
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="32" />
        <source>未接入</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="33" />
        <source>模拟设备</source>
        <translation>simulated devices</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="34" />
        <source>单机模式（未连接服务器）</source>
        <translation>standalone (no server connected)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="46" />
        <source>处理中…</source>
        <translation>Working…</translation>
    </message>
</context>
<context>
    <name>Worker</name>
    <message>
        <location filename="../../ui/worker.py" line="32" />
        <source>操作未完成：程序内部错误（{0}）。详情已记入日志，已录入的内容仍然保留。</source>
        <translation>Not done: internal error ({0}). Details are in the log; everything typed is kept.</translation>
    </message>
</context>
</TS>