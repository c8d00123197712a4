<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
<context>
    <name></name>
    <message>
        <source>分时段取号量与平均等候</source>
        <translation type="vanished">Arrivals and mean wait by hour</translation>
    </message>
    <message>
        <source>取号量</source>
        <translation type="vanished">Arrivals</translation>
    </message>
    <message>
        <source>平均等候(分)</source>
        <translation type="vanished">Mean wait (min)</translation>
    </message>
    <message>
        <source>今日每小时来号（张）：预测与实际</source>
        <translation type="vanished">Arrivals per hour today: forecast and actual</translation>
    </message>
    <message>
        <source>实际来号</source>
        <translation type="vanished">Arrived</translation>
    </message>
    <message>
        <source>预测来号</source>
        <translation type="vanished">Forecast</translation>
    </message>
    <message>
        <source>时</source>
        <translation type="vanished">Hour</translation>
    </message>
    <message>
        <source>人次</source>
        <translation type="vanished">People</translation>
    </message>
    <message>
        <source>分钟</source>
        <translation type="vanished">Minutes</translation>
    </message>
    <message>
        <source>各窗口办结量</source>
        <translation type="vanished">Tickets served per window</translation>
    </message>
    <message>
        <source>办结数</source>
        <translation type="vanished">Served</translation>
    </message>
    <message>
        <source>（无）</source>
        <translation type="vanished">(none)</translation>
    </message>
    <message>
        <source>件</source>
        <translation type="vanished">Tickets</translation>
    </message>
    <message>
        <source>好差评（满意率{0}）</source>
        <translation type="vanished">Ratings (satisfaction {0})</translation>
    </message>
    <message>
        <source>评价数</source>
        <translation type="vanished">Ratings</translation>
    </message>
    <message>
        <source>条</source>
        <translation type="vanished">Ratings</translation>
    </message>
    <message>
        <source>调度建议</source>
        <translation type="vanished">Staffing suggestions</translation>
    </message>
    <message>
        <source>窗口调度</source>
        <translation type="vanished">Window assignments</translation>
    </message>
    <message>
        <source>调整原因（可不填）</source>
        <translation type="vanished">Reason for the change (optional)</translation>
    </message>
    <message>
        <source>应用调整 (Ctrl+Enter)</source>
        <translation type="vanished">Apply changes (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>放弃修改 (Ctrl+Shift+Z)</source>
        <translation type="vanished">Discard edits (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <source>刷新 (F5)</source>
        <translation type="vanished">Refresh (F5)</translation>
    </message>
    <message>
        <source>调整记录 (F7，Ctrl+Z 撤销所选)</source>
        <translation type="vanished">History (F7, Ctrl+Z undoes the selected change)</translation>
    </message>
    <message>
        <source>工作方案 (F8：Enter 套用，Ctrl+L 载入表格，Ctrl+N 保存表格为方案，Delete 删除)</source>
        <translation type="vanished">Work profiles (F8: Enter applies, Ctrl+L loads into the grid, Ctrl+N saves the grid as a profile, Delete deletes)</translation>
    </message>
    <message>
        <source>人员资质 (F9，Enter 修改)</source>
        <translation type="vanished">Qualifications (F9, Enter edits)</translation>
    </message>
    <message>
        <source>各窗口办理的业务类别及权重 (F6)：数字键设权重，0为不办理；空格键开放或关闭窗口</source>
        <translation type="vanished">Categories and weights of each window (F6): a digit sets the weight, 0 = not served; Space opens or closes the window</translation>
    </message>
    <message>
        <source>有未应用的修改（黄色），Ctrl+Enter 应用</source>
        <translation type="vanished">There are edits not applied yet (yellow); Ctrl+Enter applies them</translation>
    </message>
    <message>
        <source>确认调整</source>
        <translation type="vanished">Confirm the change</translation>
    </message>
    <message>
        <source>{0}

仍要提交？</source>
        <translation type="vanished">{0}

Submit anyway?</translation>
    </message>
    <message>
        <source>调整#{0}已生效：各窗口叫下一个号时按新安排</source>
        <translation type="vanished">Change #{0} is in force: each window follows it from its next call</translation>
    </message>
    <message>
        <source>已放弃未应用的修改</source>
        <translation type="vanished">The edits not applied were discarded</translation>
    </message>
    <message>
        <source>调整#{0}已由调整#{1}撤销</source>
        <translation type="vanished">Change #{0} was undone by change #{1}</translation>
    </message>
    <message>
        <source>套用工作方案</source>
        <translation type="vanished">Apply work profile</translation>
    </message>
    <message>
        <source>现在套用工作方案“{0}”？各窗口叫下一个号时生效。</source>
        <translation type="vanished">Apply the work profile &quot;{0}&quot; now? Each window follows it from its next call.</translation>
    </message>
    <message>
        <source>已把工作方案“{0}”载入表格，可修改后应用或保存</source>
        <translation type="vanished">The work profile &quot;{0}&quot; is loaded into the grid: edit it, then apply or save</translation>
    </message>
    <message>
        <source>删除工作方案</source>
        <translation type="vanished">Delete work profile</translation>
    </message>
    <message>
        <source>删除工作方案“{0}”？</source>
        <translation type="vanished">Delete the work profile &quot;{0}&quot;?</translation>
    </message>
    <message>
        <source>等候目标 (Ctrl+T)</source>
        <translation type="vanished">Wait targets (Ctrl+T)</translation>
    </message>
    <message>
        <source>采纳所选建议 (Enter)</source>
        <translation type="vanished">Apply selected suggestion (Enter)</translation>
    </message>
    <message>
        <source>建议</source>
        <translation type="vanished">Suggestion</translation>
    </message>
    <message>
        <source>预计效果</source>
        <translation type="vanished">Expected effect</translation>
    </message>
    <message>
        <source>调整建议（↑↓选择，Enter 采纳）</source>
        <translation type="vanished">Suggested moves (Up/Down to choose, Enter to apply)</translation>
    </message>
    <message>
        <source>今日尚无完整小时可比对</source>
        <translation type="vanished">no full hour today to compare yet</translation>
    </message>
    <message>
        <source>今日已过各小时预测误差{0:.0f}%</source>
        <translation type="vanished">forecast error over today&apos;s past hours {0:.0f}%</translation>
    </message>
    <message>
        <source>按过去{0}个同一星期几与今日进度预测</source>
        <translation type="vanished">forecast from the same weekday of the past {0} weeks and today&apos;s pace</translation>
    </message>
    <message>
        <source>尚无往周同一星期几的记录，按今日进度预测</source>
        <translation type="vanished">no past weeks on record yet: forecast from today&apos;s pace</translation>
    </message>
    <message>
        <source>{0}；{1}；{2}更新</source>
        <translation type="vanished">{0}; {1}; updated {2}</translation>
    </message>
    <message>
        <source>{0}%在{1}分钟内</source>
        <translation type="vanished">{0}% within {1} min</translation>
    </message>
    <message>
        <source>{0:.1f}分钟</source>
        <translation type="vanished">{0:.1f} min</translation>
    </message>
    <message>
        <source>调整建议（Alt+S；↑↓选择，Enter 采纳）</source>
        <translation type="vanished">Suggested moves (Alt+S; Up/Down to choose, Enter to apply)</translation>
    </message>
    <message>
        <source>各业务类别（Alt+C；选中一类则右图只显示该类，Esc 显示全大厅）</source>
        <translation type="vanished">Categories (Alt+C; the chosen one alone in the chart, Esc for the whole hall)</translation>
    </message>
    <message>
        <source>{0}（默认）</source>
        <translation type="vanished">{0} (default)</translation>
    </message>
    <message>
        <source>{0:.1f}（{1}个窗口）</source>
        <translation type="vanished">{0:.1f} ({1} windows)</translation>
    </message>
    <message>
        <source>{0}时 {1:.1f}</source>
        <translation type="vanished">{0}:00 {1:.1f}</translation>
    </message>
    <message>
        <source>有业务类别未达等候目标，但没有窗口可以调出而不影响其他类别：请考虑增开窗口。</source>
        <translation type="vanished">A category misses its wait target, but no window can move without another category missing its own: consider opening more windows.</translation>
    </message>
    <message>
        <source>各业务类别预计都能达到等候目标，暂无调整建议。</source>
        <translation type="vanished">Every category is expected to meet its wait target: no moves suggested.</translation>
    </message>
    <message>
        <source>采纳调整建议</source>
        <translation type="vanished">Apply suggested move</translation>
    </message>
    <message>
        <source>{0}
{1}

现在调整该窗口？它叫下一个号时生效。</source>
        <translation type="vanished">{0}
{1}

Change this window now? It takes effect at its next call.</translation>
    </message>
    <message>
        <source>确定</source>
        <translation type="vanished">OK</translation>
    </message>
    <message>
        <source>取消</source>
        <translation type="vanished">Cancel</translation>
    </message>
    <message>
        <source>保存为工作方案</source>
        <translation type="vanished">Save as work profile</translation>
    </message>
    <message>
        <source>如：早高峰、午间错时、周末</source>
        <translation type="vanished">e.g. morning peak, staggered lunch, weekend</translation>
    </message>
    <message>
        <source>定时套用</source>
        <translation type="vanished">Apply on a schedule</translation>
    </message>
    <message>
        <source>再加一个时间 (Alt+A)</source>
        <translation type="vanished">Add a time (Alt+A)</translation>
    </message>
    <message>
        <source>方案名称</source>
        <translation type="vanished">Profile name</translation>
    </message>
    <message>
        <source>星期</source>
        <translation type="vanished">Weekdays</translation>
    </message>
    <message>
        <source>方案记下表格中各窗口现在的安排（含未应用的修改）。</source>
        <translation type="vanished">The profile keeps every window as the grid shows it now (edits not applied included).</translation>
    </message>
    <message>
        <source>{0}可办理的业务类别</source>
        <translation type="vanished">Categories {0} may serve</translation>
    </message>
    <message>
        <source>全部业务类别（不限）</source>
        <translation type="vanished">Every category (no limit)</translation>
    </message>
    <message>
        <source>数字键设权重（0为不办理），空格键开放/关闭窗口，Delete清零</source>
        <translation type="vanished">A digit sets the weight (0 = not served), Space opens/closes the window, Delete clears</translation>
    </message>
    <message>
        <source>开放</source>
        <translation type="vanished">Open</translation>
    </message>
    <message>
        <source>窗口工作人员</source>
        <translation type="vanished">Clerk at the window</translation>
    </message>
    <message>
        <source>关闭</source>
        <translation type="vanished">Closed</translation>
    </message>
    <message>
        <source>编号</source>
        <translation type="vanished">No.</translation>
    </message>
    <message>
        <source>时间</source>
        <translation type="vanished">Time</translation>
    </message>
    <message>
        <source>操作人</source>
        <translation type="vanished">By</translation>
    </message>
    <message>
        <source>方式</source>
        <translation type="vanished">How</translation>
    </message>
    <message>
        <source>原因</source>
        <translation type="vanished">Reason</translation>
    </message>
    <message>
        <source>调整内容</source>
        <translation type="vanished">What changed</translation>
    </message>
    <message>
        <source>{0}（已由#{1}撤销）</source>
        <translation type="vanished">{0} (undone by #{1})</translation>
    </message>
    <message>
        <source>不定时</source>
        <translation type="vanished">Not scheduled</translation>
    </message>
    <message>
        <source>方案</source>
        <translation type="vanished">Profile</translation>
    </message>
    <message>
        <source>涉及窗口</source>
        <translation type="vanished">Windows</translation>
    </message>
    <message>
        <source>全部关闭</source>
        <translation type="vanished">All closed</translation>
    </message>
    <message>
        <source>工作人员</source>
        <translation type="vanished">Clerk</translation>
    </message>
    <message>
        <source>账号</source>
        <translation type="vanished">Account</translation>
    </message>
    <message>
        <source>常用窗口</source>
        <translation type="vanished">Usual window</translation>
    </message>
    <message>
        <source>可办理的业务类别</source>
        <translation type="vanished">Categories allowed</translation>
    </message>
    <message>
        <source>全部</source>
        <translation type="vanished">All</translation>
    </message>
</context>
<context>
    <name>ApplicantPanel</name>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="64"/>
        <source>申请人类型</source>
        <translation>Applicant type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="66"/>
        <location filename="../../ui/intake/applicant_panel.py" line="76"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="67"/>
        <location filename="../../ui/intake/applicant_panel.py" line="77"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="69"/>
        <source>英文姓名</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="71"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="72"/>
        <source>地址</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="74"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="145"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="145"/>
        <source>单位名称</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="146"/>
        <source>代理人</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location filename="../../ui/intake/applicant_panel.py" line="146"/>
        <source>经办人</source>
        <translation>Contact person</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../ui/app.py" line="58"/>
        <source>一窗通办</source>
        <translation>OneWindow</translation>
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
    <name>AssignmentsDialogs</name>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="29"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="30"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="31"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="32"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="33"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="34"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="35"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="46"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="47"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="58"/>
        <source>定时套用</source>
        <translation>Apply on a schedule</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="100"/>
        <source>保存为工作方案</source>
        <translation>Save as work profile</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="103"/>
        <source>如：早高峰、午间错时、周末</source>
        <translation>e.g. morning peak, staggered lunch, weekend</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="108"/>
        <source>再加一个时间 (Alt+A)</source>
        <translation>Add a time (Alt+A)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="114"/>
        <source>方案名称</source>
        <translation>Profile name</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="118"/>
        <source>方案记下表格中各窗口现在的安排（含未应用的修改）。</source>
        <translation>The profile keeps every window as the grid shows it now (edits not applied included).</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="164"/>
        <source>{0}可办理的业务类别</source>
        <translation>Categories {0} may serve</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/dialogs.py" line="165"/>
        <source>全部业务类别（不限）</source>
        <translation>Every category (no limit)</translation>
    </message>
</context>
<context>
    <name>AssignmentsGrid</name>
    <message>
        <location filename="../../ui/manager/assignments/grid.py" line="42"/>
        <source>数字键设权重（0为不办理），空格键开放/关闭窗口，Delete清零</source>
        <translation>A digit sets the weight (0 = not served), Space opens/closes the window, Delete clears</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/grid.py" line="64"/>
        <location filename="../../ui/manager/assignments/grid.py" line="81"/>
        <source>开放</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/grid.py" line="64"/>
        <source>窗口工作人员</source>
        <translation>Clerk at the window</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/grid.py" line="81"/>
        <source>关闭</source>
        <translation>Closed</translation>
    </message>
</context>
<context>
    <name>AssignmentsLists</name>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="17"/>
        <source>手动</source>
        <translation>By hand</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="18"/>
        <source>套用方案</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="19"/>
        <source>定时方案</source>
        <translation>Scheduled profile</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="20"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="59"/>
        <source>编号</source>
        <translation>No.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="60"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="61"/>
        <source>操作人</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="62"/>
        <source>方式</source>
        <translation>How</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="63"/>
        <source>原因</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="64"/>
        <source>调整内容</source>
        <translation>What changed</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="75"/>
        <source>{0}（已由#{1}撤销）</source>
        <translation>{0} (undone by #{1})</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="86"/>
        <source>不定时</source>
        <translation>Not scheduled</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="98"/>
        <source>方案</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="99"/>
        <source>定时套用</source>
        <translation>Apply on a schedule</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="100"/>
        <source>涉及窗口</source>
        <translation>Windows</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="110"/>
        <source>全部关闭</source>
        <translation>All closed</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="121"/>
        <source>工作人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="122"/>
        <source>账号</source>
        <translation>Account</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="123"/>
        <source>常用窗口</source>
        <translation>Usual window</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="124"/>
        <source>可办理的业务类别</source>
        <translation>Categories allowed</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/lists.py" line="135"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
</context>
<context>
    <name>AssignmentsTab</name>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="64"/>
        <source>窗口调度</source>
        <translation>Window assignments</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="73"/>
        <source>调整原因（可不填）</source>
        <translation>Reason for the change (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="77"/>
        <source>应用调整 (Ctrl+Enter)</source>
        <translation>Apply changes (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="78"/>
        <source>放弃修改 (Ctrl+Shift+Z)</source>
        <translation>Discard edits (Ctrl+Shift+Z)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="79"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="96"/>
        <source>调整记录 (F7，Ctrl+Z 撤销所选)</source>
        <translation>History (F7, Ctrl+Z undoes the selected change)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="99"/>
        <source>工作方案 (F8：Enter 套用，Ctrl+L 载入表格，Ctrl+N 保存表格为方案，Delete 删除)</source>
        <translation>Work profiles (F8: Enter applies, Ctrl+L loads into the grid, Ctrl+N saves the grid as a profile, Delete deletes)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="104"/>
        <source>人员资质 (F9，Enter 修改)</source>
        <translation>Qualifications (F9, Enter edits)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="110"/>
        <source>各窗口办理的业务类别及权重 (F6)：数字键设权重，0为不办理；空格键开放或关闭窗口</source>
        <translation>Categories and weights of each window (F6): a digit sets the weight, 0 = not served; Space opens or closes the window</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="189"/>
        <source>有未应用的修改（黄色），Ctrl+Enter 应用</source>
        <translation>There are edits not applied yet (yellow); Ctrl+Enter applies them</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="199"/>
        <source>确认调整</source>
        <translation>Confirm the change</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="200"/>
        <source>{0}

仍要提交？</source>
        <translation>{0}

Submit anyway?</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="213"/>
        <source>调整#{0}已生效：各窗口叫下一个号时按新安排</source>
        <translation>Change #{0} is in force: each window follows it from its next call</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="228"/>
        <source>已放弃未应用的修改</source>
        <translation>The edits not applied were discarded</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="237"/>
        <source>调整#{0}已由调整#{1}撤销</source>
        <translation>Change #{0} was undone by change #{1}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="248"/>
        <source>套用工作方案</source>
        <translation>Apply work profile</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="249"/>
        <source>现在套用工作方案“{0}”？各窗口叫下一个号时生效。</source>
        <translation>Apply the work profile &quot;{0}&quot; now? Each window follows it from its next call.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="270"/>
        <source>已把工作方案“{0}”载入表格，可修改后应用或保存</source>
        <translation>The work profile &quot;{0}&quot; is loaded into the grid: edit it, then apply or save</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="292"/>
        <source>删除工作方案</source>
        <translation>Delete work profile</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assignments/tab.py" line="293"/>
        <source>删除工作方案“{0}”？</source>
        <translation>Delete the work profile &quot;{0}&quot;?</translation>
    </message>
</context>
<context>
    <name>AssistanceRow</name>
    <message>
        <location filename="../../ui/intake/assistance_row.py" line="30"/>
        <location filename="../../ui/intake/assistance_row.py" line="64"/>
        <source>办理方式</source>
        <translation>How applied</translation>
    </message>
    <message>
        <location filename="../../ui/intake/assistance_row.py" line="32"/>
        <source>帮办人员姓名</source>
        <translation>Helper&apos;s name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/assistance_row.py" line="36"/>
        <source>帮办原因…</source>
        <translation>Why helped…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/assistance_row.py" line="40"/>
        <source>写明原因</source>
        <translation>Say why</translation>
    </message>
    <message>
        <location filename="../../ui/intake/assistance_row.py" line="44"/>
        <source>打印委托书模板 (Ctrl+Shift+W)</source>
        <translation>Print power of attorney form (Ctrl+Shift+W)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/assistance_row.py" line="64"/>
        <source>办理方式 [{0}]</source>
        <translation>How applied [{0}]</translation>
    </message>
</context>
<context>
    <name>AssistedTab</name>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="60"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="62"/>
        <source>导出台账 (Ctrl+E)</source>
        <translation>Export ledger (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="65"/>
        <source>帮办代办台账</source>
        <translation>Assisted cases ledger</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="67"/>
        <source>收件日期 (Alt+F)</source>
        <translation>Taken in from (Alt+F)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="69"/>
        <source>至 (Alt+T)</source>
        <translation>to (Alt+T)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="78"/>
        <source>帮办人员</source>
        <translation>Helper</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="79"/>
        <source>帮办件数</source>
        <translation>Helped</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="80"/>
        <source>代办件数</source>
        <translation>By agent</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="115"/>
        <source>正在读取台账……</source>
        <translation>Reading the ledger…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="131"/>
        <source>期间内没有帮办或代办的办件。</source>
        <translation>No helped or agent cases in the period.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="133"/>
        <source>共{0}件：帮办{1}件，代办{2}件。</source>
        <translation>{0} cases: {1} helped, {2} by agent.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="143"/>
        <source>没有可导出的台账，请先读取。</source>
        <translation>Nothing to export: read the ledger first.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="147"/>
        <source>导出台账</source>
        <translation>Export ledger</translation>
    </message>
    <message>
        <location filename="../../ui/manager/assisted/tab.py" line="158"/>
        <source>台账已保存：{0}</source>
        <translation>Ledger saved: {0}</translation>
    </message>
</context>
<context>
    <name>AuditLogTab</name>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="69"/>
        <source>公民身份号码或其他证件号码</source>
        <translation>Citizen ID number or other certificate number</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="71"/>
        <source>工作人员的登录账号</source>
        <translation>The clerk&apos;s account name</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="78"/>
        <source>不限日期（&amp;A）</source>
        <translation>&amp;Any date</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="80"/>
        <source>查询 (Enter)</source>
        <translation>Search (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="83"/>
        <source>更早的记录（&amp;M）</source>
        <translation>&amp;More, older</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="88"/>
        <source>证件号码（&amp;P）</source>
        <translation>ID number (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="89"/>
        <source>工作人员（&amp;C）</source>
        <translation>&amp;Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="92"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="96"/>
        <source>日期</source>
        <translation>Dates</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="104"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="105"/>
        <source>序号</source>
        <translation>Seq.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="106"/>
        <source>事件</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="107"/>
        <source>结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="108"/>
        <source>工作人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="109"/>
        <source>终端</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="110"/>
        <source>详情</source>
        <translation>Detail</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="148"/>
        <source>正在查询……</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="165"/>
        <source>共显示 {0} 条（最新的在前）；还有更早的记录</source>
        <translation>{0} entries shown (newest first); older ones remain</translation>
    </message>
    <message>
        <location filename="../../ui/manager/audit/tab.py" line="167"/>
        <source>共 {0} 条（最新的在前）</source>
        <translation>{0} entries (newest first)</translation>
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
    <name>BookedMatter</name>
    <message>
        <location filename="../../ui/intake/booked_matter.py" line="24"/>
        <source>{0}号预约的事项是“{1}”；收件中已有办件，事项未更换，需要时按 F2 另选。</source>
        <translation>Ticket {0} was booked for &quot;{1}&quot;; a case is already open in the intake, so its matter was not changed: press F2 to choose another if needed.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/booked_matter.py" line="32"/>
        <source>{0}号预约的事项“{1}”（{2}）不在本机事项清单中，请按 F2 选择事项。</source>
        <translation>The matter booked for ticket {0}, &quot;{1}&quot; ({2}), is not in this PC&apos;s catalog: press F2 to choose the matter.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/booked_matter.py" line="50"/>
        <source>{0}号为预约签到：已按预约选定事项“{1}”，请核对申请人和材料。</source>
        <translation>Ticket {0} is a booking checked in: its matter &quot;{1}&quot; has been chosen; please check the applicant and the materials.</translation>
    </message>
</context>
<context>
    <name>BookingDialog</name>
    <message>
        <location filename="../../ui/appointments/booking_dialog.py" line="29"/>
        <source>预约登记</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_dialog.py" line="37"/>
        <source>预约登记（&amp;Y）</source>
        <translation>Book (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_dialog.py" line="38"/>
        <source>取消预约（&amp;X）</source>
        <translation>Cancel a booking (&amp;X)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_dialog.py" line="44"/>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_dialog.py" line="48"/>
        <source>Tab 或 Enter 到下一栏 · ↑↓ 选时段 · 放身份证到读卡器可填入预约人</source>
        <translation>Tab or Enter: next field · ↑↓: choose a slot · an ID card on the reader fills in the booker</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_dialog.py" line="66"/>
        <source>预约 (Ctrl+Enter)</source>
        <translation>Book (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_dialog.py" line="68"/>
        <source>取消该预约 (Ctrl+Enter)</source>
        <translation>Cancel this booking (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_dialog.py" line="96"/>
        <source>已预约：预约码 {0}，{1} {2}</source>
        <translation>Booked: code {0}, {1} {2}</translation>
    </message>
</context>
<context>
    <name>BookingForm</name>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="30"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="31"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="32"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="33"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="34"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="35"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="36"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="63"/>
        <source>可不填；输入名称、编码或拼音首字母查找</source>
        <translation>Optional; type a name, a code or pinyin initials to search</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="69"/>
        <source>提醒短信发往此号</source>
        <translation>The reminder SMS goes to this number</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="90"/>
        <source>渠道（&amp;Q）</source>
        <translation>Channel (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="91"/>
        <source>业务类别（&amp;K）</source>
        <translation>Service category (&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="92"/>
        <source>日期（&amp;D）</source>
        <translation>Date (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="93"/>
        <source>时段（&amp;T）</source>
        <translation>Time slot (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="94"/>
        <source>事项（&amp;M）</source>
        <translation>Matter (&amp;M)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="95"/>
        <source>姓名（&amp;N）</source>
        <translation>Name (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="96"/>
        <source>证件号码（&amp;I）</source>
        <translation>ID number (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="97"/>
        <source>手机号码（&amp;P）</source>
        <translation>Mobile number (&amp;P)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="162"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="195"/>
        <source>已读取{0}：{1}，已填入姓名和证件号码。</source>
        <translation>Read {0}: {1}; name and ID number filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="238"/>
        <source>已预约：预约码 {0}，{1} {2}，{3}。预约前一天将向{4}发送提醒短信。</source>
        <translation>Booked: code {0}, {1} {2}, {3}. A reminder SMS goes to {4} the day before.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/booking_form.py" line="242"/>
        <source>请把预约码读给来电人。</source>
        <translation>Please read the booking code out to the caller.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="61"/>
        <source>年份（&amp;Y）</source>
        <translation>&amp;Years</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="74"/>
        <source>通知名称，例如：国务院办公厅关于2027年部分节假日安排的通知</source>
        <translation>Title of the notice, e.g. General Office of the State Council on the 2027 holiday arrangements</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="77"/>
        <source>粘贴通知正文（如“春节：2月6日至14日放假调休，共9天。2月20日上班。”），按 Ctrl+R 读取</source>
        <translation>Paste the text of the State Council&apos;s notice (e.g. its Spring Festival sentence, in Chinese) and press Ctrl+R to read it</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="81"/>
        <source>读取粘贴的通知 (Ctrl+R)</source>
        <translation>Read the pasted notice (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="82"/>
        <source>预览影响 (Ctrl+P)</source>
        <translation>Preview the effect (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="83"/>
        <source>保存本年安排 (Ctrl+S)</source>
        <translation>Save this year (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="93"/>
        <source>国务院节假日安排（适用于所有大厅）</source>
        <translation>State Council holiday schedule (for every hall)</translation>
    </message>
    <message>
        <source>{0}年&#x3000;程序自带</source>
        <translation type="vanished">{0}  built in</translation>
    </message>
    <message>
        <source>{0}年&#x3000;已录入</source>
        <translation type="vanished">{0}  entered</translation>
    </message>
    <message>
        <source>{0}年&#x3000;暂按周末计算</source>
        <translation type="vanished">{0}  weekends only for now</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="164"/>
        <source>{0}年（程序自带）</source>
        <translation>{0} (built in)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="166"/>
        <source>{0}年（已录入）</source>
        <translation>{0} (entered)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="167"/>
        <source>{0}年（暂按周末计算）</source>
        <translation>{0} (weekends only)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="184"/>
        <source>{0}年尚无节假日安排：承诺日期暂按周末计算。请按国务院通知标记放假（H）和调休上班（B），或粘贴通知。</source>
        <translation>{0} has no holiday schedule yet: promised dates count weekends only for now. Mark the days off (H) and make-up working days (B) as the State Council&apos;s notice says, or paste the notice.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="187"/>
        <source>{0}年安排已有；修改会改变所有大厅的承诺日期，请核对后再保存。</source>
        <translation>The {0} schedule is known; changing it changes the promised dates of every hall. Check it before saving.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="189"/>
        <source>{0}年安排已有（程序自带或已录入），只能由系统管理员修改。</source>
        <translation>The {0} schedule is known (built in or entered); only a system administrator may change it.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="217"/>
        <source>读出放假{0}天、调休上班{1}天（{2}）。请在日历上核对，再按 Ctrl+P 预览。</source>
        <translation>Read {0} days off and {1} make-up working days ({2}). Check them on the calendar, then press Ctrl+P to preview.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="239"/>
        <source>{0}年：比现行安排多放假{1}天、少放假{2}天。本大厅{3}件在办件的承诺日期暂按周末计算，其中{4}件将改变。</source>
        <translation>{0}: {1} more days off and {2} fewer than now. {3} open cases of this hall have promised dates counted weekends only; {4} of them will change.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="250"/>
        <source>按 Ctrl+S 保存。</source>
        <translation>Press Ctrl+S to save.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="270"/>
        <source>已保存，各终端将重新计算承诺日期。</source>
        <translation>Saved; the terminals will recount the promised dates.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/tab.py" line="292"/>
        <source>营业时间与闭厅已保存，本大厅的取号机和显示屏将随之更新。</source>
        <translation>Hours and closures saved; this hall&apos;s kiosks and displays will follow.</translation>
    </message>
</context>
<context>
    <name>CancelForm</name>
    <message>
        <location filename="../../ui/appointments/cancel_form.py" line="29"/>
        <source>短信或预约凭条上的预约码</source>
        <translation>The booking code from the SMS or the booking slip</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/cancel_form.py" line="36"/>
        <source>预约时登记的证件号码；可读卡</source>
        <translation>The ID number the booking was made with; or read the card</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/cancel_form.py" line="45"/>
        <source>预约码（&amp;C）</source>
        <translation>Booking code (&amp;C)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/cancel_form.py" line="46"/>
        <source>预约日期（&amp;D）</source>
        <translation>Booked date (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/cancel_form.py" line="47"/>
        <source>证件号码（&amp;I）</source>
        <translation>ID number (&amp;I)</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/cancel_form.py" line="52"/>
        <source>只能为预约人本人取消：请核对证件。已签到或时段已开始的预约不能取消。</source>
        <translation>Only the booker&apos;s own booking can be cancelled: check the ID. A booking checked in, or whose slot has begun, cannot be cancelled.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/cancel_form.py" line="90"/>
        <source>已读取{0}，已填入证件号码。</source>
        <translation>Read {0}; ID number filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/cancel_form.py" line="104"/>
        <source>已取消预约 {0}（{1} {2}，{3}）。</source>
        <translation>Booking {0} cancelled ({1} {2}, {3}).</translation>
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
        <location filename="../../ui/cases/case_detail.py" line="62"/>
        <source>在左侧“今日办件”中选中办件，按 Enter 打开。</source>
        <translation>Select a case in &quot;Today&apos;s cases&quot; on the left and press Enter to open it.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="67"/>
        <source>继续收件(&amp;C)</source>
        <translation>&amp;Continue intake</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="70"/>
        <source>证照编号（可不填）</source>
        <translation>Certificate no. (optional)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="72"/>
        <source>结果到件登记(&amp;R)</source>
        <translation>&amp;Register result</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="74"/>
        <source>当场办结(&amp;J)</source>
        <translation>Complete on the spot (&amp;J)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="77"/>
        <source>补交容缺材料(&amp;B)</source>
        <translation>Deferred material &amp;brought</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="79"/>
        <source>出件(&amp;I)</source>
        <translation>&amp;Issue</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="82"/>
        <source>打印取件凭条(&amp;T)</source>
        <translation>Print collection slip (&amp;T)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="100"/>
        <location filename="../../ui/cases/case_detail.py" line="134"/>
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="100"/>
        <source>核验结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="100"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="121"/>
        <source>重新打印所选文书</source>
        <translation>Reprint selected document</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="130"/>
        <source>办理过程</source>
        <translation>Timeline</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="131"/>
        <source>文书（Enter 预览）</source>
        <translation>Documents (Enter to preview)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="164"/>
        <source>代理人</source>
        <translation>agent</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="169"/>
        <location filename="../../ui/cases/case_detail.py" line="179"/>
        <source>申请人：{0}  {1} {2}  电话 {3}</source>
        <translation>Applicant: {0}  {1} {2}  phone {3}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="186"/>
        <source>收件 {0:%Y-%m-%d %H:%M}</source>
        <translation>Received {0:%Y-%m-%d %H:%M}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="188"/>
        <source>承诺办结 {0:%Y-%m-%d}</source>
        <translation>Promised by {0:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="190"/>
        <source>（暂按周末计算）</source>
        <translation> (weekends only for now: the year&apos;s holidays are not yet entered)</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="193"/>
        <source>补正期限 {0:%Y-%m-%d}</source>
        <translation>Supplement due {0:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="195"/>
        <source>证照编号 {0}</source>
        <translation>Certificate no. {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="197"/>
        <source>不予受理理由：{0}</source>
        <translation>Refusal reason: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="201"/>
        <source>待补交：{0}</source>
        <translation>Still owed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="217"/>
        <source>［后台］</source>
        <translation>[back office] </translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="224"/>
        <source>已打印</source>
        <translation>printed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="224"/>
        <source>未打印</source>
        <translation>not printed</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="241"/>
        <source>已超期：承诺办结日 {0}</source>
        <translation>Overdue: promised by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="243"/>
        <source>临近承诺期限：承诺办结日 {0}</source>
        <translation>Due soon: promised by {0}</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="282"/>
        <source>{0} 结果已到件，现为“{1}”，可出件。</source>
        <translation>{0}: result registered, now &quot;{1}&quot;; ready to issue.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="290"/>
        <source>{0} 已当场办结，现为“{1}”。</source>
        <translation>{0}: completed on the spot, now &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="298"/>
        <source>{0} 容缺材料已补交。</source>
        <translation>{0}: deferred material received.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_detail.py" line="315"/>
        <source>重打凭条</source>
        <translation>Reprint slip</translation>
    </message>
</context>
<context>
    <name>CaseSearchDialog</name>
    <message>
        <location filename="../../ui/cases/case_search.py" line="73"/>
        <source>查找办件</source>
        <translation>Find a case</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="80"/>
        <source>编号或其一部分，如末尾的序号</source>
        <translation>The number or part of it, e.g. the sequence at its end</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="82"/>
        <source>申请人或代理人的姓名，或其中连续两个字以上</source>
        <translation>The applicant&apos;s or agent&apos;s name, or two or more of its characters in a row</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="84"/>
        <source>完整号码</source>
        <translation>The whole number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="86"/>
        <source>完整号码或后7位以上</source>
        <translation>The whole number or its last 7 digits or more</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="98"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="101"/>
        <location filename="../../ui/cases/case_search.py" line="120"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="102"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="103"/>
        <location filename="../../ui/cases/case_search.py" line="122"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="104"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="105"/>
        <source>受理日期</source>
        <translation>Intake date</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="107"/>
        <source>查找 [Enter]</source>
        <translation>Search [Enter]</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="113"/>
        <source>联网时查找全大厅的办件；离线时只查找本机的办件。</source>
        <translation>Online, the whole hall&apos;s cases are searched; offline, only this PC&apos;s.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="121"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="123"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="124"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="125"/>
        <source>受理时间</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="126"/>
        <source>受理窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="140"/>
        <source>Enter 查找 · ↓ 到结果 · 结果中 Enter 打开办件详情 · Esc 关闭</source>
        <translation>Enter search · Down to the results · Enter on a result opens it in Case details · Esc close</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="165"/>
        <source>不限</source>
        <translation>Any</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="214"/>
        <source>正在查找……</source>
        <translation>Searching...</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="225"/>
        <source>没有找到符合条件的办件。</source>
        <translation>No case matches.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/case_search.py" line="234"/>
        <source>{0}（服务器）</source>
        <translation>{0} (server)</translation>
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
        <location filename="../../ui/display/panels.py" line="172"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/display/panels.py" line="174"/>
        <source>等候 {0} 人</source>
        <translation>{0} waiting</translation>
    </message>
    <message>
        <location filename="../../ui/display/panels.py" line="176"/>
        <source>暂停取号</source>
        <translation>Closed for tickets</translation>
    </message>
</context>
<context>
    <name>CollectorForm</name>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="76"/>
        <source>无法读卡时写明原因，如：身份证芯片损坏、持护照领取</source>
        <translation>If the card cannot be read, say why, e.g. damaged ID card chip, collecting with a passport</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="93"/>
        <source>领取方式</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="94"/>
        <source>领取人</source>
        <translation>Collector</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="95"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="96"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="97"/>
        <source>证件核验</source>
        <translation>ID check</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="98"/>
        <source>手工录入原因</source>
        <translation>Reason for typing</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="99"/>
        <source>授权委托书</source>
        <translation>Letter of authorisation</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="100"/>
        <source>快递单号</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="101"/>
        <source>邮寄地址</source>
        <translation>Postal address</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="209"/>
        <source>已读卡核验：{0}</source>
        <translation>Read by the card reader: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="212"/>
        <source>手工录入，原因随出件记录留存</source>
        <translation>Typed; the reason is kept with the hand-out record</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="216"/>
        <source>未读卡：请将领取人身份证放在读卡器上；无法读卡的，写明手工录入原因</source>
        <translation>Not read: place the collector&apos;s ID card on the reader; if it cannot be read, give the reason for typing</translation>
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
        <location filename="../../ui/intake/decision_bar.py" line="25"/>
        <source>受理 (F9)</source>
        <translation>Accept (F9)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="27"/>
        <source>材料齐全、符合法定形式：受理并打印受理通知书</source>
        <translation>Materials complete and in due form: accept and print the acceptance notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="28"/>
        <source>一次性告知 (F10)</source>
        <translation>Deficiency notice (F10)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="29"/>
        <source>材料不齐或不符合要求：一次性告知需补正的全部材料</source>
        <translation>Materials incomplete or wrong: list everything to supplement in one notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="30"/>
        <source>不予受理 (F11)</source>
        <translation>Refuse (F11)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="32"/>
        <source>不属于本机关职权范围等情形：写明理由，打印不予受理通知书</source>
        <translation>Outside this authority&apos;s remit etc.: state the reason, print the refusal notice</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="33"/>
        <source>放弃草稿</source>
        <translation>Discard draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="34"/>
        <source>删除这份尚未决定的收件草稿</source>
        <translation>Delete this undecided intake draft</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="56"/>
        <source>不予受理的理由（将写入通知书）</source>
        <translation>Reason for refusal (printed on the notice)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="60"/>
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="112"/>
        <source>不予受理理由：</source>
        <translation>Refusal reason:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="114"/>
        <source>不予受理通知书（{0}）理由：</source>
        <translation>Refusal notice ({0}), reason:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="117"/>
        <source>确认不予受理 (Enter)</source>
        <translation>Confirm refusal (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="125"/>
        <source>放弃这份草稿？已录入的申请人和材料核验结果将删除。</source>
        <translation>Discard this draft? The applicant and material checks entered will be deleted.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="127"/>
        <source>确认放弃</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_bar.py" line="135"/>
        <source>请先写明不予受理的理由：</source>
        <translation>Please state the reason for refusal first:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_text.py" line="18"/>
        <source>将打印《{0}》：申请人 {1}，事项 {2}。</source>
        <translation>Will print &quot;{0}&quot;: applicant {1}, matter {2}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_text.py" line="24"/>
        <source>（暂按周末计算）</source>
        <translation> (weekends only for now: the year&apos;s holidays are not yet entered)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_text.py" line="28"/>
        <source>需补正（{0}项）：{1}</source>
        <translation>To supplement ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_text.py" line="33"/>
        <source>补正期限：{0}</source>
        <translation>Supplement by: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_text.py" line="35"/>
        <source>承诺办结日期：{0}</source>
        <translation>Promised completion date: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_text.py" line="36"/>
        <source>Enter 确认并打印，Esc 返回修改。</source>
        <translation>Enter confirms and prints, Esc goes back to edit.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/decision_text.py" line="41"/>
        <source>{0}，{1}</source>
        <translation>{0}, {1}</translation>
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
        <location filename="../../ui/devices/device_icons.py" line="75"/>
        <source>未配置</source>
        <translation>not configured</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="85"/>
        <source>（模拟设备）</source>
        <translation> (simulated)</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="87"/>
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
        <location filename="../../ui/devices/settings_dialog.py" line="87"/>
        <source>测试</source>
        <translation>Test</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="111"/>
        <source>sim:// 为模拟设备（演示与培训用）。测试会真实操作设备：读一张证、扫一页、打印测试页、请评价器评价。</source>
        <translation>sim:// is a simulated device (for demos and training). Testing really operates the device: reads a card, scans a page, prints a test page, asks the rating pad for a rating.</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="120"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="121"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="153"/>
        <source>请在15秒内把证件放到读卡器上……</source>
        <translation>Place an ID card on the reader within 15 seconds…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="154"/>
        <source>请在评价器上按一个评价（60秒内）……</source>
        <translation>Press a rating on the rating pad (within 60 seconds)…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="155"/>
        <source>请扫描一个条码（30秒内）……</source>
        <translation>Scan a barcode (within 30 seconds)…</translation>
    </message>
    <message>
        <location filename="../../ui/devices/settings_dialog.py" line="157"/>
        <source>测试中……</source>
        <translation>Testing…</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="25"/>
        <source>身份证读卡器</source>
        <translation>ID card reader</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="26"/>
        <source>扫描仪/高拍仪</source>
        <translation>Scanner/document camera</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="27"/>
        <source>文书打印机</source>
        <translation>Document printer</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="28"/>
        <source>凭条打印机</source>
        <translation>Slip printer</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="29"/>
        <source>好差评评价器</source>
        <translation>Rating pad</translation>
    </message>
    <message>
        <location filename="../../ui/devices/device_icons.py" line="30"/>
        <source>扫码枪</source>
        <translation>Barcode scanner</translation>
    </message>
</context>
<context>
    <name>DisplayWindow</name>
    <message>
        <location filename="../../ui/display/window.py" line="53"/>
        <location filename="../../ui/display/window.py" line="90"/>
        <source>大厅叫号屏</source>
        <translation>Hall display</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="126"/>
        <source>公告</source>
        <translation>Notices</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="161"/>
        <source>请留意叫号</source>
        <translation>Please watch for your number</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="161"/>
        <source>叫到您的号码时，请到所示窗口办理</source>
        <translation>When your number is called, please go to the window shown</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="180"/>
        <source>● 已连接</source>
        <translation>● Connected</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="188"/>
        <source>正在连接中心服务器…</source>
        <translation>Connecting to the central server…</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="189"/>
        <source>● 连接中</source>
        <translation>● Connecting</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="193"/>
        <source>连接中断，正在重新连接…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="194"/>
        <source>{0}（{1}起）</source>
        <translation>{0} (since {1})</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="195"/>
        <source>● 连接中断</source>
        <translation>● Disconnected</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="292"/>
        <location filename="../../ui/display/window.py" line="295"/>
        <source>音量 {0}%</source>
        <translation>Volume {0}%</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="298"/>
        <source>每次叫号播报 {0} 遍</source>
        <translation>Each call read out {0} time(s)</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="327"/>
        <source>星期一</source>
        <translation>Monday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="328"/>
        <source>星期二</source>
        <translation>Tuesday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="329"/>
        <source>星期三</source>
        <translation>Wednesday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="330"/>
        <source>星期四</source>
        <translation>Thursday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="331"/>
        <source>星期五</source>
        <translation>Friday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="332"/>
        <source>星期六</source>
        <translation>Saturday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="333"/>
        <source>星期日</source>
        <translation>Sunday</translation>
    </message>
    <message>
        <location filename="../../ui/display/window.py" line="336"/>
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
    <name>FollowupsTab</name>
    <message>
        <location filename="../../ui/manager/followups/detail.py" line="46"/>
        <location filename="../../ui/manager/followups/tab.py" line="116"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/detail.py" line="47"/>
        <location filename="../../ui/manager/followups/tab.py" line="120"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/detail.py" line="48"/>
        <location filename="../../ui/manager/followups/tab.py" line="82"/>
        <location filename="../../ui/manager/followups/tab.py" line="119"/>
        <source>窗口人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/detail.py" line="49"/>
        <location filename="../../ui/manager/followups/tab.py" line="117"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/detail.py" line="50"/>
        <source>申请人留言</source>
        <translation>Applicant&apos;s comment</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/detail.py" line="52"/>
        <location filename="../../ui/manager/followups/tab.py" line="121"/>
        <source>办结期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/detail.py" line="29"/>
        <location filename="../../ui/manager/followups/detail.py" line="54"/>
        <location filename="../../ui/manager/followups/mine.py" line="42"/>
        <source>（已超期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/detail.py" line="59"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/detail.py" line="63"/>
        <source>申请复核</source>
        <translation>Review request</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/detail.py" line="76"/>
        <source>经过</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="76"/>
        <source>全部状态</source>
        <translation>All states</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="79"/>
        <source>只看超期（&amp;O）</source>
        <translation>&amp;Overdue only</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="83"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="93"/>
        <source> 个工作日</source>
        <translation> working days</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="94"/>
        <source>整改期限（&amp;D）</source>
        <translation>&amp;Deadline</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="96"/>
        <source>保存期限 (Ctrl+Shift+S)</source>
        <translation>Save deadline (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="98"/>
        <source>统计期间（&amp;P）</source>
        <translation>&amp;Period</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="104"/>
        <source>状态（&amp;S）</source>
        <translation>&amp;State</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="110"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="118"/>
        <source>评价时间</source>
        <translation>Rated at</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="122"/>
        <source>经办人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="123"/>
        <source>复核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="125"/>
        <source>差评回访（&amp;L）</source>
        <translation>Bad-rating fo&amp;llow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="132"/>
        <source>分派 (Ctrl+G)</source>
        <translation>Assign (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="133"/>
        <source>记录回访与整改 (Ctrl+R)</source>
        <translation>Record call-back and fix (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="134"/>
        <source>办结 (Ctrl+E)</source>
        <translation>Close (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="135"/>
        <source>退回 (Ctrl+B)</source>
        <translation>Send back (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="137"/>
        <source>复核决定 (Ctrl+D)</source>
        <translation>Decide review (Ctrl+D)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="213"/>
        <source>满意率：{0}&#x3000;&#x3000;差评按期办结率：{1}&#x3000;&#x3000;认定恶意不计入：{2}条</source>
        <translation>Satisfaction: {0}    Bad ratings closed in time: {1}    Left out as malicious: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="229"/>
        <source>只显示了最早到期的{0}条，请用筛选缩小范围。</source>
        <translation>Only the {0} due first are shown; narrow the list with the filters.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="266"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="279"/>
        <source>本大厅没有可分派的经办人（大厅管理员或后台审批账号）。</source>
        <translation>This hall has nobody to assign to (hall manager or back-office accounts).</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="282"/>
        <source>分派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="282"/>
        <source>经办人：</source>
        <translation>Assignee:</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="302"/>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="302"/>
        <source>办结说明（可不填）：</source>
        <translation>Closing note (optional):</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="312"/>
        <source>退回</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="312"/>
        <source>退回原因（必填）：</source>
        <translation>Reason for sending back (required):</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/tab.py" line="335"/>
        <source>整改期限已设为{0}个工作日，此后新开的差评回访按此计算。</source>
        <translation>The deadline is now {0} working days, for the follow-ups opened from now on.</translation>
    </message>
</context>
<context>
    <name>ForecastChart</name>
    <message>
        <location filename="../../ui/manager/staffing/chart.py" line="44"/>
        <source>今日每小时来号（张）：预测与实际</source>
        <translation>Arrivals per hour today: forecast and actual</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/chart.py" line="50"/>
        <source>实际来号</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/chart.py" line="56"/>
        <source>预测来号</source>
        <translation>Forecast</translation>
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
    <message>
        <location filename="../../ui/display/sound.py" line="24"/>
        <source>无音频输出，叫号无声</source>
        <translation>No sound output</translation>
    </message>
    <message>
        <location filename="../../ui/display/sound.py" line="28"/>
        <source>语音播报失败，叫号无声</source>
        <translation>Voice failed: no sound</translation>
    </message>
</context>
<context>
    <name>HoursPanel</name>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="40"/>
        <source>本大厅营业时间与闭厅</source>
        <translation>This hall&apos;s hours and closures</translation>
    </message>
    <message>
        <source>设定营业时间（&amp;T）：不设定则除闭厅外全天可取号</source>
        <translation type="vanished">Set opening hours (&amp;T): without them, numbers are issued at any time except on closures</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="43"/>
        <source>设定营业时间（&amp;T）（不设定则除闭厅外随时可取号）</source>
        <translation>Se&amp;t opening hours (else open except on closures)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="48"/>
        <source>留空：普通周六不办公</source>
        <translation>Empty: closed on ordinary Saturdays</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="49"/>
        <source>留空：普通周日不办公</source>
        <translation>Empty: closed on ordinary Sundays</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="52"/>
        <source>工作日（&amp;W）</source>
        <translation>&amp;Working days</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="53"/>
        <source>周六（&amp;A）</source>
        <translation>S&amp;aturday</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="54"/>
        <source>周日（&amp;U）</source>
        <translation>S&amp;unday</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="61"/>
        <source>开始</source>
        <translation>From</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="61"/>
        <source>结束</source>
        <translation>To</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="61"/>
        <source>闭厅原因</source>
        <translation>Reason for the closure</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="75"/>
        <source>原因，例如：大厅装修</source>
        <translation>Reason, e.g. renovation of the hall</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="76"/>
        <source>添加闭厅 (Ctrl+N)</source>
        <translation>Add closure (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="77"/>
        <source>删除所选闭厅 (Del)</source>
        <translation>Delete selected closure (Del)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="78"/>
        <source>保存营业时间 (Ctrl+Shift+S)</source>
        <translation>Save hours (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <source>保存营业时间与闭厅 (Ctrl+Shift+S)</source>
        <translation type="vanished">Save hours and closures (Ctrl+Shift+S)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="83"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="89"/>
        <source>闭厅只停止取号，不影响法定办理时限：工作日仍按国务院节假日安排计算。</source>
        <translation>A closure only stops the issuing of numbers; it does not move legal time limits: working days still follow the State Council&apos;s schedule.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/hours.py" line="95"/>
        <source>闭厅安排（&amp;C）</source>
        <translation>&amp;Closures</translation>
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
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="59"/>
        <source>办结：已为群众办理</source>
        <translation>Finished: the applicant was served</translation>
    </message>
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="60"/>
        <source>未办理：群众未办业务即离开</source>
        <translation>Not served: the applicant left without a service</translation>
    </message>
    <message>
        <location filename="../../ui/queue/inline_entry.py" line="61"/>
        <source>{0}号</source>
        <translation>Number {0}</translation>
    </message>
</context>
<context>
    <name>IntakeView</name>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="87"/>
        <source>申请人  [F3]</source>
        <translation>Applicant  [F3]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="96"/>
        <source>申请材料  [F4]</source>
        <translation>Materials  [F4]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="97"/>
        <source>扫描件  [Ctrl+Shift+S]</source>
        <translation>Scans  [Ctrl+Shift+S]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="137"/>
        <source>先选择事项：按 F2 输入名称、编码或拼音首字母，Enter 选定。申请人可先读卡或录入。</source>
        <translation>First pick the matter: press F2, type a name, code or pinyin initials, Enter to pick. The applicant may be read from the ID card or typed first.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="171"/>
        <source>确认更换 (Enter)</source>
        <translation>Change matter (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="200"/>
        <source>承诺时限：{0}</source>
        <translation>Promised: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="202"/>
        <source>法定时限：{0}</source>
        <translation>Statutory: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="207"/>
        <source>受理条件：{0}</source>
        <translation>Conditions: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="208"/>
        <source>收费：{0}</source>
        <translation>Fee: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="209"/>
        <source>结果：{0}</source>
        <translation>Result: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="213"/>
        <source>一件事包含：{0}</source>
        <translation>Bundle of: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="214"/>
        <source>办件编号：{0}（{1}）</source>
        <translation>Case no. {0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="257"/>
        <source>申请人</source>
        <translation>applicant</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="257"/>
        <source>代理人/经办人</source>
        <translation>agent/contact person</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="258"/>
        <source>已读取{0}：{1} {2}，已填入{3}。</source>
        <translation>Read the {0}: {1} {2}, filled in as {3}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="262"/>
        <source>请选择事项（F2）。</source>
        <translation>Please pick a matter (F2).</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="274"/>
        <source>{0}号：{1}</source>
        <translation>No. {0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="276"/>
        <source>正在办理{0}号：按 F2 选择事项。</source>
        <translation>Serving No. {0}: press F2 to choose the matter.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="327"/>
        <source>请先选择事项（F2），再打印委托书模板。</source>
        <translation>Choose the matter first (F2), then print the power of attorney form.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="335"/>
        <source>已打印授权委托书模板：请委托人签名后交回，作为申请材料核验。</source>
        <translation>Power of attorney form printed: the applicant signs it and hands it back; it is checked as a material.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="339"/>
        <source>委托书模板已生成，但未能打印：{0}</source>
        <translation>The power of attorney form was made but not printed: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="380"/>
        <source>确认并打印 (Enter)</source>
        <translation>Confirm and print (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="425"/>
        <source>还没有办件：请先按 F2 选择事项。</source>
        <translation>No case yet: press F2 and pick a matter first.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="446"/>
        <source>已出具一次性告知书，办件编号 {0}（{1}）。</source>
        <translation>Deficiency notice issued, case no. {0} ({1}). </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="451"/>
        <source>补正期限：{0}。</source>
        <translation>Supplement by: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="453"/>
        <source>已出具不予受理通知书，办件编号 {0}。</source>
        <translation>Refusal notice issued, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="458"/>
        <source>已受理，办件编号 {0}，承诺 {1} 前办结。</source>
        <translation>Accepted, case no. {0}, promised by {1}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="450"/>
        <location filename="../../ui/intake/intake_view.py" line="457"/>
        <source>（暂按周末计算）</source>
        <translation> (weekends only for now: the year&apos;s holidays are not yet entered)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="460"/>
        <source>已受理，办件编号 {0}。</source>
        <translation>Accepted, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="463"/>
        <source>{0}已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="467"/>
        <source>打印失败，文书已保存，可重新打印。</source>
        <translation>Printing failed; the document is kept and can be reprinted.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="471"/>
        <source>重新打印 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="515"/>
        <source>草稿已放弃。</source>
        <translation>Draft discarded.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/intake_view.py" line="537"/>
        <source>继续办理 {0}（{1}）：核验补交的材料后按 F9 受理。</source>
        <translation>Continuing {0} ({1}): check the materials brought, then F9 to accept.</translation>
    </message>
    <message>
        <location filename="../../ui/intake/stale_problems.py" line="64"/>
        <source>仍需处理：{0}</source>
        <translation>Still to fix: {0}</translation>
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
        <location filename="../../ui/issuance/issuance_panel.py" line="116"/>
        <source>尚未查找办件。</source>
        <translation>No case looked up yet.</translation>
    </message>
    <message>
        <source>领取方式</source>
        <translation type="vanished">Collection</translation>
    </message>
    <message>
        <source>领取人</source>
        <translation type="vanished">Collector</translation>
    </message>
    <message>
        <source>证件类型</source>
        <translation type="vanished">ID type</translation>
    </message>
    <message>
        <source>证件号码</source>
        <translation type="vanished">ID number</translation>
    </message>
    <message>
        <source>快递单号</source>
        <translation type="vanished">Tracking no.</translation>
    </message>
    <message>
        <source>邮寄地址</source>
        <translation type="vanished">Postal address</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="70"/>
        <source>出件 (Ctrl+Enter)</source>
        <translation>Issue (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="84"/>
        <source>领取</source>
        <translation>Collection</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="102"/>
        <source>请输入或扫描办件编号。</source>
        <translation>Please type or scan a case number.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="126"/>
        <source>{0}  ·  {1}  ·  {2}
申请人：{3}  {4} {5}</source>
        <translation>{0}  ·  {1}  ·  {2}
Applicant: {3}  {4} {5}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="135"/>
        <source>结果：{0}  {1}</source>
        <translation>Result: {0}  {1}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="154"/>
        <source>该办件当前为“{0}”，结果尚未到件，不能出件。</source>
        <translation>This case is &quot;{0}&quot;: its result has not arrived, it cannot be issued.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="156"/>
        <source>该办件已出件：{0}</source>
        <translation>Already issued: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="173"/>
        <source>已读取代领人证件。请扫描申请人签署的授权委托书（Ctrl+S），再按 Ctrl+Enter 出件。</source>
        <translation>The agent&apos;s ID card was read. Scan the letter of authorisation signed by the applicant (Ctrl+S), then press Ctrl+Enter to hand out.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="175"/>
        <source>已读取领取人证件，请核对后按 Ctrl+Enter 出件。</source>
        <translation>Collector&apos;s ID card read; check it, then press Ctrl+Enter to issue.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="187"/>
        <source>授权委托书已扫描，请核对后按 Ctrl+Enter 出件。</source>
        <translation>The letter of authorisation is scanned. Check, then press Ctrl+Enter to hand out.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="210"/>
        <source>已出件，办件编号 {0}。</source>
        <translation>Issued, case no. {0}. </translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="212"/>
        <source>{0}已打印。</source>
        <translation>{0} printed.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/issuance_panel.py" line="217"/>
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
        <location filename="../../ui/kiosk/window.py" line="279"/>
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
        <source>大厅暂停取号</source>
        <translation>The hall is not issuing numbers</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="234"/>
        <source>今日号源已满</source>
        <translation>No more tickets today</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="235"/>
        <source>您已在排队</source>
        <translation>You are already in the queue</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="236"/>
        <source>未找到预约</source>
        <translation>Appointment not found</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="237"/>
        <source>预约签到暂不可用</source>
        <translation>Check-in unavailable for now</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="238"/>
        <source>该业务不存在</source>
        <translation>No such service</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="241"/>
        <source>离线号码已发完</source>
        <translation>Offline numbers used up</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="243"/>
        <location filename="../../ui/kiosk/window.py" line="305"/>
        <source>暂时无法取号</source>
        <translation>Tickets unavailable for now</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="265"/>
        <source>身份证未能读取</source>
        <translation>ID card not read</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="271"/>
        <source>取号机未能启动</source>
        <translation>The kiosk did not start</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="281"/>
        <source>● 联网取号</source>
        <translation>● Online</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="283"/>
        <source>● 网络中断 · 离线取号</source>
        <translation>● Network down · offline tickets</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="285"/>
        <source>● 未连接服务器</source>
        <translation>● Not connected</translation>
    </message>
    <message>
        <location filename="../../ui/kiosk/window.py" line="287"/>
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
    <message>
        <location filename="../../ui/labels.py" line="55"/>
        <source>即办</source>
        <translation>Same day</translation>
    </message>
</context>
<context>
    <name>LetterPages</name>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="39"/>
        <source>授权委托书</source>
        <translation>Letter of authorisation</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="43"/>
        <source>查到办件后按 Ctrl+S 扫描授权委托书。</source>
        <translation>Once the case is found, press Ctrl+S to scan the letter of authorisation.</translation>
    </message>
    <message>
        <location filename="../../ui/issuance/collector_form.py" line="45"/>
        <source>授权委托书的扫描件：{0} 页（Ctrl+S 扫描）</source>
        <translation>Letter of authorisation: {0} page(s) scanned (Ctrl+S to scan)</translation>
    </message>
</context>
<context>
    <name>LiveHall</name>
    <message>
        <location filename="../../ui/manager/live_hall/tiles.py" line="35"/>
        <source>{0}小时{1:02d}分</source>
        <translation>{0} h {1:02d} min</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tiles.py" line="36"/>
        <source>{0}分{1:02d}秒</source>
        <translation>{0} min {1:02d} s</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tiles.py" line="71"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tiles.py" line="75"/>
        <source>正在办理 {0}（{1}），已 {2}</source>
        <translation>Serving {0} ({1}) for {2}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tiles.py" line="80"/>
        <source>空闲 {0}</source>
        <translation>Idle for {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tiles.py" line="82"/>
        <source>未在办理</source>
        <translation>Not serving</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tiles.py" line="83"/>
        <source>工作人员：{0}</source>
        <translation>Clerk: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tiles.py" line="85"/>
        <source>办理：{0}</source>
        <translation>Serves: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tiles.py" line="85"/>
        <source>无</source>
        <translation>nothing</translation>
    </message>
</context>
<context>
    <name>LiveHallTab</name>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="104"/>
        <source>正在读取大厅状况…</source>
        <translation>Reading the hall...</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="106"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="108"/>
        <source>预警阈值… (Ctrl+T)</source>
        <translation>Alarm thresholds... (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="110"/>
        <source>预警提示音 (Ctrl+M)</source>
        <translation>Alarm chime (Ctrl+M)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="137"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="138"/>
        <source>等候</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="139"/>
        <source>最长等候</source>
        <translation>Longest wait</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="140"/>
        <source>新取号预计等候</source>
        <translation>Estimated wait for a new ticket</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="141"/>
        <source>今日已办</source>
        <translation>Served today</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="142"/>
        <source>平均办理</source>
        <translation>Mean service</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="152"/>
        <source>预计等候 = 等候人数 × 每件办理分钟 ÷ 开放且办理该类别的窗口数（至少按1个）；每件办理分钟取今日最近20件的平均，今日尚无则取大厅默认值。</source>
        <translation>Estimated wait = people waiting x minutes per service / open windows serving the category (at least 1); minutes per service is the mean of today&apos;s latest 20 services, or the hall&apos;s default before the first.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="159"/>
        <source>预警</source>
        <translation>Alarms</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="194"/>
        <source>· 实时连接正常</source>
        <translation>- live link up</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="194"/>
        <source>· 实时连接中断，正在重连</source>
        <translation>- live link lost, reconnecting</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="212"/>
        <source>无法读取大厅状况：{0}</source>
        <translation>Cannot read the hall: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="229"/>
        <source>{0} · 数据时间 {1:%H:%M:%S}</source>
        <translation>{0} - data as of {1:%H:%M:%S}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="237"/>
        <source>无预警</source>
        <translation>No alarms</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="260"/>
        <source>{0}分钟（开放窗口{1}个）</source>
        <translation>{0} min (open windows: {1})</translation>
    </message>
    <message>
        <source>{0}分钟（{1}个窗口开放）</source>
        <translation type="vanished">{0} min ({1} windows open)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/tab.py" line="262"/>
        <source>{0}分钟</source>
        <translation>{0} min</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/sign_in/session.py" line="82"/>
        <source>登录后开始</source>
        <translation>starts after sign-in</translation>
    </message>
    <message>
        <source>一窗通办 — {0} {1}（{2}）</source>
        <translation type="vanished">OneWindow — {0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="98"/>
        <source>收件 [F2]</source>
        <translation>Intake [F2]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="99"/>
        <source>出件 [F6]</source>
        <translation>Issuance [F6]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="100"/>
        <source>办件详情</source>
        <translation>Case detail</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="146"/>
        <source>正在打开本地数据库和事项清单……</source>
        <translation>Opening the local database and matter list…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="271"/>
        <source>工作台无法启动：{0}。请联系运维人员；已有数据未受影响。</source>
        <translation>The workbench could not start: {0}. Please contact IT support; existing data is unaffected.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="273"/>
        <source>启动失败</source>
        <translation>Startup failed</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="58"/>
        <source>切换用户 · 同步</source>
        <translation>Switch user · Sync</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="98"/>
        <source>{0} {1}（{2}）</source>
        <translation>{0} {1} ({2})</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="100"/>
        <source>{0}
窗口人员：{1}</source>
        <translation>{0}
Clerk: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="151"/>
        <source>（离线登录）</source>
        <translation> (offline sign-in)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="152"/>
        <source>{0} 已登录{1}</source>
        <translation>{0} signed in{1}</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="186"/>
        <source>未登录</source>
        <translation>not signed in</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="64"/>
        <source>切换用户 / 退出登录	Ctrl+Shift+L</source>
        <translation>Switch user / sign out	Ctrl+Shift+L</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="63"/>
        <source>锁定工作台	Ctrl+Alt+L</source>
        <translation>Lock the workbench	Ctrl+Alt+L</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="132"/>
        <source>{0} 已解锁</source>
        <translation>{0} unlocked the workbench</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/session.py" line="65"/>
        <source>同步状态	Ctrl+Shift+Y</source>
        <translation>Sync status	Ctrl+Shift+Y</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296"/>
        <source>今日办件  [F5 刷新]</source>
        <translation>Today&apos;s cases  [F5 refresh]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297"/>
        <source>本窗口</source>
        <translation>This window</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="447"/>
        <source>{0} {1} 的证件刚才已读取，已在本次收件中，未重新填入。</source>
        <translation>The card of {0} {1} was already read: it is in this intake, nothing was filled in again.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="481"/>
        <source>收件中还有未办完的申请人：请先作出决定或放弃草稿，再按 Ctrl+F7 用{0}号开始收件。</source>
        <translation>An applicant is still in intake: decide or discard the draft first, then press Ctrl+F7 to start intake with No. {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="540"/>
        <source>设备设置未能保存：{0}</source>
        <translation>Device settings could not be saved: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="536"/>
        <source>设备设置已保存</source>
        <translation>Device settings saved</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="295"/>
        <source>叫号  [F7 叫下一位]</source>
        <translation>Queue  [F7 next]</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="362"/>
        <source>已刷新</source>
        <translation>Refreshed</translation>
    </message>
</context>
<context>
    <name>ManagerApp</name>
    <message>
        <location filename="../../ui/manager/app.py" line="89"/>
        <source>{0}（终端 {1}）</source>
        <translation>{0} (terminal {1})</translation>
    </message>
</context>
<context>
    <name>ManagerConsole</name>
    <message>
        <location filename="../../ui/manager/console.py" line="44"/>
        <source>省平台上报</source>
        <translation>Province platform</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="56"/>
        <source>审计日志</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="63"/>
        <source>审计员</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="103"/>
        <source>审计日志 — {0}</source>
        <translation>Audit log — {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="38"/>
        <source>实时大厅</source>
        <translation>Live hall</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="39"/>
        <source>窗口调度</source>
        <translation>Window assignments</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="40"/>
        <source>调度建议</source>
        <translation>Staffing suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="41"/>
        <source>好差评</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="42"/>
        <source>统计报表</source>
        <translation>Statistics</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="43"/>
        <source>节假日与营业时间</source>
        <translation>Holidays and hours</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="45"/>
        <source>办不成事</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="46"/>
        <source>帮办代办台账</source>
        <translation>Assisted cases ledger</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="51"/>
        <source>我的整改</source>
        <translation>My follow-ups</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="60"/>
        <source>大厅管理员</source>
        <translation>hall manager</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="61"/>
        <source>系统管理员</source>
        <translation>system administrator</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="62"/>
        <source>后台审批账号</source>
        <translation>back-office account</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="101"/>
        <source>我的整改 — {0}</source>
        <translation>My follow-ups - {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="105"/>
        <source>大厅管理 — {0}</source>
        <translation>Hall management - {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="126"/>
        <source>{0}：{1}（{2}）已登录</source>
        <translation>{0}: {1} ({2}) signed in</translation>
    </message>
    <message>
        <location filename="../../ui/manager/console.py" line="128"/>
        <source>退出登录 (Ctrl+Shift+L)</source>
        <translation>Sign out (Ctrl+Shift+L)</translation>
    </message>
</context>
<context>
    <name>ManagerSignIn</name>
    <message>
        <location filename="../../ui/manager/sign_in.py" line="44"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/manager/sign_in.py" line="45"/>
        <source>再次输入</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../ui/manager/sign_in.py" line="78"/>
        <source>您的密码是管理员设置的初始密码（或被重置），须先改为只有您知道的密码：</source>
        <translation>Your password was set by an administrator (or reset); change it first to one only you know: </translation>
    </message>
    <message>
        <location filename="../../ui/manager/sign_in.py" line="79"/>
        <source>至少8个字符，包含小写字母、大写字母、数字、符号中的至少三种，不含用户名。</source>
        <translation>At least 8 characters of at least three kinds (lower-case, upper-case, digits, symbols), not containing the user name.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/sign_in.py" line="92"/>
        <source>两次输入的新密码不一致，请重新输入。</source>
        <translation>The two new passwords differ; please type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/sign_in.py" line="28"/>
        <source>大厅管理控制台 — 登录</source>
        <translation>Hall manager&apos;s console - Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/manager/sign_in.py" line="31"/>
        <source>正在连接中心服务器…</source>
        <translation>Connecting to the central server...</translation>
    </message>
    <message>
        <location filename="../../ui/manager/sign_in.py" line="42"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/manager/sign_in.py" line="43"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/manager/sign_in.py" line="56"/>
        <source>登录 (Enter)</source>
        <translation>Sign in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/sign_in.py" line="58"/>
        <source>退出 (Esc)</source>
        <translation>Quit (Esc)</translation>
    </message>
</context>
<context>
    <name>MaterialChecklist</name>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="97"/>
        <source>申请材料</source>
        <translation>Materials</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="97"/>
        <source>类别</source>
        <translation>Necessity</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="97"/>
        <source>份数</source>
        <translation>Copies</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="97"/>
        <source>核验结果</source>
        <translation>Check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="97"/>
        <source>说明</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="113"/>
        <source>申请材料核验</source>
        <translation>Material check</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="121"/>
        <source>写明不符合要求的原因，告知书会列出（Enter 确认，Esc 取消）</source>
        <translation>Why it is not acceptable, printed on the notice (Enter confirms, Esc cancels)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="132"/>
        <source>其余全部已收取 (Ctrl+Shift+A)</source>
        <translation>All others received (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="133"/>
        <source>把所有“未核验”的材料标为已收取；已标记的不变</source>
        <translation>Mark every unchecked material as received; marked ones stay as they are</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="250"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="279"/>
        <source>空格 切换</source>
        <translation>Space toggle</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="299"/>
        <source>正在从电子证照库调取“{0}”……</source>
        <translation>Looking up &quot;{0}&quot; in the e-licence library…</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="311"/>
        <source>“{0}”已调取：{1}</source>
        <translation>&quot;{0}&quot; taken: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="321"/>
        <source>“{0}”不符合要求的原因：</source>
        <translation>Why &quot;{0}&quot; is not acceptable:</translation>
    </message>
    <message>
        <location filename="../../ui/intake/material_checklist.py" line="329"/>
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
        <translation>Scans of &quot;{0}&quot;: {1} page(s)</translation>
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
        <translation>Scanning &quot;{0}&quot;…</translation>
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
        <translation>Added {1} page(s) to &quot;{0}&quot;.</translation>
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
        <translation>No matter found for &quot;{0}&quot;</translation>
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
    <name>MyFollowupsTab</name>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="76"/>
        <source>待办（办理中、待审核）</source>
        <translation>To do (in progress, to check)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="77"/>
        <source>已办结</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="79"/>
        <source>显示（&amp;W）</source>
        <translation>Sho&amp;w</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="81"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="91"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="92"/>
        <source>办结期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="93"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="94"/>
        <source>评价时间</source>
        <translation>Rated at</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="95"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="96"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="97"/>
        <source>窗口人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="99"/>
        <source>分派给我的差评回访（&amp;L）</source>
        <translation>Follow-ups assigned to me (&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="179"/>
        <source>您填写的回访与整改没有报送：这条差评回访已不在您的待办中（可能已改派）。内容仍在下方，可复制留存。</source>
        <translation>The call-back and remedy you typed were not reported: this follow-up is no longer among yours (it may have been reassigned). The text is still below to copy and keep.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="192"/>
        <source>您经办的已办结差评回访：{0}条。</source>
        <translation>Your closed follow-ups: {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="194"/>
        <source>您经办的差评回访还没有已办结的。</source>
        <translation>None of your follow-ups has been closed yet.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="197"/>
        <source>目前没有分派给您的差评回访。大厅管理员分派后会列在这里（F5 刷新）。</source>
        <translation>No bad-rating follow-up is assigned to you now. Once the hall manager assigns one, it is listed here (F5 refreshes).</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="200"/>
        <source>分派给您的差评回访：{0}条，其中已超期：{1}条。</source>
        <translation>Bad-rating follow-ups assigned to you: {0}, overdue: {1}.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="202"/>
        <source>（只列出了前{0}条）</source>
        <translation> (only the first {0} are listed)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="234"/>
        <source>请在左侧选择一条差评回访。</source>
        <translation>Choose a follow-up in the list on the left.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="238"/>
        <source>已报送，等待大厅管理员审核；如被退回，可再次填写。</source>
        <translation>Reported; waiting for the hall manager&apos;s review. If it is sent back, you can fill it in again.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="240"/>
        <source>已办结。</source>
        <translation>Closed.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="260"/>
        <source>回访与整改已报送大厅管理员审核。</source>
        <translation>The call-back and remedy were reported to the hall manager for review.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/mine.py" line="268"/>
        <source>没有报送：这条差评回访在您打开后有了变动（如被重新分派或退回），已重新读取。您填写的内容都还在，请核对后再按 Ctrl+Enter 报送。</source>
        <translation>Not reported: this follow-up changed after you opened it (assigned again or sent back, for instance) and has been read again. Everything you typed is still here; check it, then press Ctrl+Enter to report.</translation>
    </message>
</context>
<context>
    <name>PlansDialog</name>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="62"/>
        <source>预约号源与预约规则</source>
        <translation>Appointment slots and booking rules</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="72"/>
        <source>业务类别</source>
        <translation>Service category</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="73"/>
        <source>每个时段分钟数</source>
        <translation>Minutes per slot</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="74"/>
        <source>每个时段可约人数
（0 = 不接受预约）</source>
        <translation>Bookings per slot
(0 = no bookings)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="75"/>
        <source>可提前预约开放日数</source>
        <translation>Open days bookable ahead</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="76"/>
        <source>普通工作日</source>
        <translation>An ordinary workday</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="90"/>
        <source>预约规则（本大厅）</source>
        <translation>Booking rules (this hall)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="95"/>
        <source>每人未到期预约数（&amp;O）</source>
        <translation>Open bookings per person (&amp;O)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="96"/>
        <source>爽约次数（&amp;N）</source>
        <translation>Missed bookings (&amp;N)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="97"/>
        <source>爽约统计天数（&amp;W）</source>
        <translation>Days missed bookings are counted over (&amp;W)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="98"/>
        <source>限制网上预约天数（&amp;B）</source>
        <translation>Days online booking is barred (&amp;B)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="104"/>
        <source>统计天数内爽约达到次数的，自最后一次爽约起限制网上预约；窗口和电话预约不受限制。</source>
        <translation>Whoever misses that many bookings within the days counted may not book online for the days set from the last one; booking at a window or by phone stays open.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="111"/>
        <source>保存 (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="114"/>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="145"/>
        <source>正在读取号源……</source>
        <translation>Reading the appointment slots…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="175"/>
        <source>本大厅尚未设定营业时间：设定并保存营业时间后才有可预约的时段。</source>
        <translation>The hall has no opening hours set: slots can be booked once the hours are set and saved.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="178"/>
        <source>不办公</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="181"/>
        <source>时段按本大厅营业时间切分（工作日 {0}；周末 {1}），法定节假日和闭厅日不开放预约。</source>
        <translation>Slots are cut from the hall&apos;s opening hours (workdays {0}; weekends {1}); public holidays and closures take no bookings.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="191"/>
        <source>{0}个时段，共{1}人</source>
        <translation>{0} slots, {1} bookings</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="191"/>
        <source>不接受预约</source>
        <translation>No bookings</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="229"/>
        <source>正在保存……</source>
        <translation>Saving…</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="237"/>
        <source>号源已保存：{0}个业务类别接受预约。窗口和网上预约即按新号源放号。</source>
        <translation>Slots saved: {0} service categories take bookings. Windows and online booking use them at once.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/plans_dialog.py" line="269"/>
        <source>预约号源与预约规则… (Ctrl+Y)</source>
        <translation>Appointment slots and rules… (Ctrl+Y)</translation>
    </message>
</context>
<context>
    <name>PlatformTab</name>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="21"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="22"/>
        <source>表</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="23"/>
        <source>记录</source>
        <translation>Record</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="24"/>
        <source>退回原因</source>
        <translation>Reason refused</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="25"/>
        <source>次数</source>
        <translation>Tries</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="26"/>
        <source>更正人</source>
        <translation>Corrected by</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="38"/>
        <source>{0}天{1}小时</source>
        <translation>{0} d {1} h</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="40"/>
        <source>{0}小时{1}分钟</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="42"/>
        <source>{0}分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="43"/>
        <source>不到1分钟</source>
        <translation>under a minute</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="47"/>
        <source>待上报 {0} 条，已送达 {1} 条，被退回 {2} 条</source>
        <translation>Waiting: {0}, delivered: {1}, refused: {2}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="51"/>
        <source>（下表列出最新的 {0} 条）</source>
        <translation> (the newest {0} are listed below)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="58"/>
        <source>服务器未设置省平台地址，办件数据不会上报到省平台。请服务器管理员以 --platform 参数指明省平台地址后重新启动服务器（onewindow-server serve --platform https://…）。</source>
        <translation>The server has no province platform address: no case records are reported to the platform. The server&apos;s operator must restart it with the platform&apos;s address in --platform (onewindow-server serve --platform https://…).</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="68"/>
        <source>最早一条已等待{0}；最近一次未送达：{1}</source>
        <translation>The oldest has waited {0}; the last delivery failed: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="70"/>
        <source>最早一条已等待{0}</source>
        <translation>The oldest has waited {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/overview.py" line="92"/>
        <source>被退回的记录（&amp;L；↑↓ 选择，Enter 打开）</source>
        <translation>Refused records (&amp;L; Up/Down to choose, Enter to open)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/record_form.py" line="23"/>
        <source>该记录在省平台上的标识，不能更改</source>
        <translation>Names the record at the platform: it cannot be changed</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/record_form.py" line="25"/>
        <source>必填</source>
        <translation>Required</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/record_form.py" line="25"/>
        <source>可不填</source>
        <translation>Optional</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/record_form.py" line="26"/>
        <source>最长 {0} 个字符</source>
        <translation>At most {0} characters</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/record_form.py" line="29"/>
        <source>格式：{0}</source>
        <translation>Format: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/record_form.py" line="31"/>
        <source>只能填数字</source>
        <translation>Digits only</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/record_form.py" line="34"/>
        <source>代码：{0}</source>
        <translation>Codes: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/record_form.py" line="72"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/tab.py" line="62"/>
        <source>省平台上报</source>
        <translation>Reporting to the province platform</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/tab.py" line="69"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/tab.py" line="85"/>
        <source>更正并重新上报 (Ctrl+S)</source>
        <translation>Correct and resend (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/tab.py" line="87"/>
        <source>按原样重新上报 (Ctrl+R)</source>
        <translation>Resend unchanged (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/tab.py" line="160"/>
        <source>{0} {1}（{2}）已不在被退回之列：已被更正，或办件有了新进展。</source>
        <translation>{0} {1} ({2}) is no longer refused: it was corrected, or the case moved on.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/tab.py" line="221"/>
        <source>在左侧选择一条被退回的记录（Enter 打开），查看并更正其内容。</source>
        <translation>Choose a refused record on the left (Enter opens it) to read and correct it.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/platform/tab.py" line="226"/>
        <source>{0} · {1}（{2}）
退回原因：{3}</source>
        <translation>{0} · {1} ({2})
Refused because: {3}</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="40"/>
        <location filename="../../ui/printing/print_preview.py" line="127"/>
        <source>文书预览</source>
        <translation>Document preview</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="130"/>
        <source>办理决定后，文书在此显示。</source>
        <translation>The document of a decision appears here.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="47"/>
        <source>重新打印 (Ctrl+P)</source>
        <translation>Reprint (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="53"/>
        <source>Ctrl+滚轮 或 Ctrl+= / Ctrl+- 缩放，Ctrl+0 适合宽度</source>
        <translation>Ctrl+wheel or Ctrl+= / Ctrl+- to zoom, Ctrl+0 to fit the width</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="143"/>
        <source>Ctrl+P 重新打印本办件的{0}（{1}）。</source>
        <translation>Ctrl+P reprints this case&apos;s {0} ({1}).</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="180"/>
        <source>{0} 已打印。</source>
        <translation>Printed at {0}.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="183"/>
        <source>打印机未响应</source>
        <translation>the printer did not respond</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="184"/>
        <source>{0} 打印失败：{1}。PDF 已保存：{2}</source>
        <translation>{0} printing failed: {1}. PDF kept at {2}</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="192"/>
        <source>屏幕上没有办件，没有可重新打印的文书。</source>
        <translation>No case on screen: there is no document to reprint.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="199"/>
        <source>办件 {0} 还没有文书，未打印。</source>
        <translation>Case {0} has no document yet: nothing was printed.</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="219"/>
        <source>正在重新打印…</source>
        <translation>Reprinting…</translation>
    </message>
    <message>
        <location filename="../../ui/printing/print_preview.py" line="247"/>
        <source>适合宽度</source>
        <translation>Fit width</translation>
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
        <source>{0}号没有打开办件：已办结按 Enter，未办理选“未办理”再按 Enter。</source>
        <translation type="vanished">No case was opened for number {0}: press Enter if it was served, or choose &quot;Not served&quot; and press Enter.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="148"/>
        <source>{0}号没有打开办件：办结还是未办理？</source>
        <translation>No case opened for number {0}: served or not?</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="150"/>
        <location filename="../../ui/queue/queue_panel.py" line="217"/>
        <source>正在叫号…</source>
        <translation>Calling…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="155"/>
        <source>输入群众号票上的号码，Enter 叫号。</source>
        <translation>Type the number on the applicant&apos;s ticket, Enter to call.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="158"/>
        <source>正在重呼…</source>
        <translation>Calling again…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="161"/>
        <source>正在过号…</source>
        <translation>Marking no-show…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="164"/>
        <source>正在办结…</source>
        <translation>Finishing…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="170"/>
        <source>当前没有叫到的号，无法转移。</source>
        <translation>No ticket is called: nothing to transfer.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="178"/>
        <source>选择转往的业务类别或窗口，Enter 确定。</source>
        <translation>Choose the category or window to transfer to, Enter to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="184"/>
        <source>正在恢复叫号…</source>
        <translation>Resuming…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="187"/>
        <source>暂停后本窗口不再叫号，Enter 确定。</source>
        <translation>While paused this window calls no one. Enter to confirm.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="193"/>
        <source>当前没有叫到的号。</source>
        <translation>No ticket is called.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="207"/>
        <source>正在叫{0}号…</source>
        <translation>Calling {0}…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="211"/>
        <source>正在转移…</source>
        <translation>Transferring…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="213"/>
        <source>正在暂停…</source>
        <translation>Pausing…</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="273"/>
        <source>等候：{0}</source>
        <translation>Waiting: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="276"/>
        <source>恢复</source>
        <translation>Resume</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="293"/>
        <source>单机</source>
        <translation>standalone</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="295"/>
        <source>离线</source>
        <translation>offline</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="297"/>
        <source>已暂停</source>
        <translation>paused</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="299"/>
        <source>在线</source>
        <translation>online</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="301"/>
        <source>（待上报{0}）</source>
        <translation> ({0} to report)</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="308"/>
        <source>连不上中心服务器：输入群众纸质号票上的号码（如 A012），Enter 叫号；记入本机，联网后自动上报。</source>
        <translation>The central server cannot be reached: type the number on the applicant&apos;s paper ticket (e.g. A012), Enter to call. It is kept here and reported when the link returns.</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="323"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="324"/>
        <source> · 当前 {0}</source>
        <translation> · now {0}</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="326"/>
        <source>单机 · 纸质号票</source>
        <translation>standalone · paper tickets</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="328"/>
        <source> · 待上报 {0} 条</source>
        <translation> · {0} to report</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="329"/>
        <source>离线 · 纸质号票</source>
        <translation>offline · paper tickets</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="331"/>
        <source>已暂停 · 等候 {0} 人</source>
        <translation>paused · {0} waiting</translation>
    </message>
    <message>
        <location filename="../../ui/queue/queue_panel.py" line="332"/>
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
        <location filename="../../ui/queue/queue_panel.py" line="276"/>
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
        <translation>Waiting for the applicant&apos;s rating…</translation>
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
    <name>RatingReviewDialog</name>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="42"/>
        <source>申请复核 — 本人近90天的差评</source>
        <translation>Ask for review - your bad ratings of the last 90 days</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="45"/>
        <source>评价时间</source>
        <translation>Rated at</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="45"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="45"/>
        <source>原因与留言</source>
        <translation>Reasons and comment</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="45"/>
        <source>办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="45"/>
        <source>复核</source>
        <translation>Review</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="58"/>
        <source>复核理由，不超过{0}个字，例如：申请人未办理业务即给出差评</source>
        <translation>Reason for review, at most {0} characters, e.g.: the applicant rated without being served</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="60"/>
        <source>复核理由（&amp;R）</source>
        <translation>&amp;Reason for review</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="62"/>
        <source>申请复核 (Ctrl+Enter)</source>
        <translation>Ask for review (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="64"/>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="82"/>
        <source>正在读取……</source>
        <translation>Loading...</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="89"/>
        <source>、</source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="90"/>
        <source>未申请</source>
        <translation>Not asked</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="100"/>
        <source>近90天没有对您的差评。</source>
        <translation>No bad ratings of your service in the last 90 days.</translation>
    </message>
    <message>
        <location filename="../../ui/ratings/review_dialog.py" line="124"/>
        <source>已申请复核，请等待大厅管理员决定。</source>
        <translation>Review asked; the hall manager will decide.</translation>
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
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/manager/followups/dialogs.py" line="57"/>
        <source>记录回访与整改</source>
        <translation>Record call-back and fix</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/dialogs.py" line="67"/>
        <source>回访时间（&amp;T）</source>
        <translation>Call-back &amp;time</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/dialogs.py" line="68"/>
        <source>回访方式（&amp;M）</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/dialogs.py" line="69"/>
        <source>申请人意见（&amp;S）</source>
        <translation>What the applicant &amp;said</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/dialogs.py" line="70"/>
        <source>整改情况（&amp;R）</source>
        <translation>What was &amp;remedied</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/manager/followups/record_form.py" line="53"/>
        <source>回访与整改</source>
        <translation>Call-back and remedy</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/record_form.py" line="62"/>
        <source>报送回访与整改 (Ctrl+Enter)</source>
        <translation>Report call-back and remedy (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/record_form.py" line="67"/>
        <source>回访时间（&amp;T）</source>
        <translation>Call-back &amp;time</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/record_form.py" line="68"/>
        <source>回访方式（&amp;M）</source>
        <translation>&amp;Method</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/record_form.py" line="69"/>
        <source>申请人意见（&amp;A）</source>
        <translation>What the &amp;applicant said</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/record_form.py" line="70"/>
        <source>整改情况（&amp;R）</source>
        <translation>What was &amp;remedied</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/record_form.py" line="87"/>
        <source>不超过{0}个字</source>
        <translation>At most {0} characters</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="53"/>
        <source>办不成事反映</source>
        <translation>Unresolved-matter report</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="65"/>
        <source>输入名称、编码或拼音首字母查找；没有对应事项时直接写明</source>
        <translation>Type a name, code or pinyin initials; with no such matter, name it</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="68"/>
        <source>如：5号不动产窗口；不知到哪里办可不填</source>
        <translation>e.g. Window 5 (real estate); empty if nobody knew where</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="72"/>
        <source>办的是什么事、卡在哪里、窗口怎么说的（至少5个字，不超过{0}个字）</source>
        <translation>What was to be done, where it got stuck, what the window said (5 to {0} characters)</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="76"/>
        <source>有办件时填写，如收件中的办件</source>
        <translation>When there is a case, e.g. the one in the intake</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="112"/>
        <source>姓名（&amp;N）</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="113"/>
        <source>联系电话（&amp;P）</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="114"/>
        <source>反映类型（&amp;K）</source>
        <translation>&amp;Kind of problem</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="115"/>
        <source>事项（&amp;M）</source>
        <translation>&amp;Matter</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="116"/>
        <source>在哪个窗口办不成（&amp;W）</source>
        <translation>&amp;Window where it failed</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="117"/>
        <source>问题描述（&amp;D）</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="118"/>
        <source>关联办件编号（&amp;C）</source>
        <translation>&amp;Case number</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="125"/>
        <source>提交给大厅管理员 (Ctrl+Enter)</source>
        <translation>Send to the hall manager (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="128"/>
        <source>关闭 (Esc)</source>
        <translation>Close (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="132"/>
        <source>Tab 或 Enter 到下一栏 · 放身份证到读卡器可填入姓名 · Ctrl+Enter 提交</source>
        <translation>Tab or Enter: next field · an ID card on the reader fills the name · Ctrl+Enter sends</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="140"/>
        <source>本窗口今日登记的反映</source>
        <translation>Reports taken at this window today</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="204"/>
        <source>已带入收件中的办件 {0} 及其申请人，请核对。</source>
        <translation>Case {0} and its applicant came in from the intake: please check them.</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="218"/>
        <source>已读取{0}：{1}，已填入姓名。</source>
        <translation>{0} read: {1}; the name is filled in.</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="253"/>
        <source>已登记{0}（{1}）的反映，已转给大厅管理员处理。</source>
        <translation>The report of {0} ({1}) is taken and has gone to the hall manager.</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="254"/>
        <source>办不成事反映已登记，已转给大厅管理员</source>
        <translation>Unresolved-matter report taken; it has gone to the hall manager</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="257"/>
        <source>已登记{0}（{1}）的反映，存在本机：暂时连不上服务器，连通后自动发送给大厅管理员。</source>
        <translation>The report of {0} ({1}) is taken and kept on this PC: the server cannot be reached now; it goes to the hall manager as soon as it can be.</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="259"/>
        <source>办不成事反映已登记，连通服务器后发送给大厅管理员</source>
        <translation>Unresolved-matter report taken; it goes to the hall manager once the server is reached</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/report_dialog.py" line="298"/>
        <source>本窗口今日登记的反映（{0}条）</source>
        <translation>Reports taken at this window today ({0})</translation>
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
    <name>ReviewDialog</name>
    <message>
        <location filename="../../ui/manager/followups/dialogs.py" line="84"/>
        <source>复核决定</source>
        <translation>Review decision</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/dialogs.py" line="85"/>
        <source>窗口人员的复核理由：{0}</source>
        <translation>The clerk&apos;s reason for review: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/dialogs.py" line="99"/>
        <source>决定说明（&amp;N）</source>
        <translation>Decision &amp;note</translation>
    </message>
</context>
<context>
    <name>SecondParty</name>
    <message>
        <location filename="../../ui/intake/second_party.py" line="63"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/second_party.py" line="63"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/intake/second_party.py" line="65"/>
        <source>证件类型</source>
        <translation>ID type</translation>
    </message>
    <message>
        <location filename="../../ui/intake/second_party.py" line="66"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../ui/intake/second_party.py" line="68"/>
        <source>英文姓名</source>
        <translation>English name</translation>
    </message>
    <message>
        <location filename="../../ui/intake/second_party.py" line="129"/>
        <source>{0}  [Shift+F3]</source>
        <translation>{0}  [Shift+F3]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/second_party.py" line="132"/>
        <source>申请人（{0}）  [F3]</source>
        <translation>Applicant ({0})  [F3]</translation>
    </message>
    <message>
        <location filename="../../ui/intake/second_party.py" line="250"/>
        <source>已读取{0}：{1} {2}，已填入{3}。</source>
        <translation>Read the {0}: {1} {2}, filled in as {3}.</translation>
    </message>
</context>
<context>
    <name>SignInScreen</name>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="121"/>
        <source>本机数据已加密保存，登录后解锁。首次在本机登录须连接中心服务器。</source>
        <translation>This PC&apos;s data is stored encrypted and unlocked by signing in. The first sign-in on this PC needs the central server.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="64"/>
        <location filename="../../ui/sign_in/screen.py" line="85"/>
        <source>新密码</source>
        <translation>New password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="66"/>
        <source>至少8个字符，包含小写字母、大写字母、数字、符号中的至少三种，不含用户名</source>
        <translation>At least 8 characters of at least three kinds (lower-case, upper-case, digits, symbols), not containing the user name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="70"/>
        <source>再次输入新密码</source>
        <translation>New password again</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="86"/>
        <source>再次输入</source>
        <translation>Again</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="205"/>
        <source>请设置您自己的密码</source>
        <translation>Set your own password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="206"/>
        <source>您的密码是管理员设置的初始密码（或被重置），须先改为只有您知道的密码。</source>
        <translation>Your password was set by an administrator (or reset); change it first to one only you know.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="207"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="208"/>
        <source>修改并登录 (Enter)</source>
        <translation>Change and sign in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="210"/>
        <source>至少8个字符，包含小写字母、大写字母、数字、符号中的至少三种，不含用户名。</source>
        <translation>At least 8 characters of at least three kinds (lower-case, upper-case, digits, symbols), not containing the user name.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="236"/>
        <source>两次输入的新密码不一致，请重新输入。</source>
        <translation>The two new passwords differ; please type them again.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="242"/>
        <source>正在修改密码……</source>
        <translation>Changing the password…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="175"/>
        <source>工作台已锁定</source>
        <translation>Workbench locked</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="176"/>
        <source>{0} 暂时离开。请输入密码解锁，或换人登录。</source>
        <translation>{0} stepped away. Enter the password to unlock, or sign in as someone else.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="177"/>
        <source>换人登录</source>
        <translation>Sign in as someone else</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="178"/>
        <source>解锁 (Enter)</source>
        <translation>Unlock (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="49"/>
        <location filename="../../ui/sign_in/screen.py" line="180"/>
        <source>一窗通办 · 登录</source>
        <translation>OneWindow · Sign in</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="58"/>
        <location filename="../../ui/sign_in/screen.py" line="83"/>
        <source>用户名</source>
        <translation>User name</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="61"/>
        <location filename="../../ui/sign_in/screen.py" line="84"/>
        <source>密码</source>
        <translation>Password</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="74"/>
        <location filename="../../ui/sign_in/screen.py" line="183"/>
        <source>登录 (Enter)</source>
        <translation>Sign in (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="77"/>
        <location filename="../../ui/sign_in/screen.py" line="182"/>
        <source>退出程序</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="132"/>
        <source>正在打开本地数据库……</source>
        <translation>Opening the local database…</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="137"/>
        <source>本工作台未连接服务器：使用本机缓存的账号</source>
        <translation>No server for this workbench: accounts cached on this PC are used</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="139"/>
        <source>服务器可连接：{0}</source>
        <translation>Server reachable: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="141"/>
        <source>离线登录：使用本机缓存的账号</source>
        <translation>Offline sign-in: accounts cached on this PC are used</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="273"/>
        <source>请输入用户名。</source>
        <translation>Please enter your user name.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="279"/>
        <source>请输入密码。</source>
        <translation>Please enter your password.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/screen.py" line="284"/>
        <source>正在登录……</source>
        <translation>Signing in…</translation>
    </message>
</context>
<context>
    <name>SignOut</name>
    <message>
        <location filename="../../ui/sign_in/sign_out.py" line="23"/>
        <source>收件草稿 {0}：已保存，可在今日办件中继续</source>
        <translation>Intake draft {0}: saved, continue it from Today&apos;s cases</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/sign_out.py" line="25"/>
        <source>正在服务 {0} 号，尚未办结</source>
        <translation>Serving number {0}, not finished yet</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/sign_out.py" line="34"/>
        <source>切换用户</source>
        <translation>Switch user</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/sign_out.py" line="35"/>
        <source>退出登录并切换用户？</source>
        <translation>Sign out and switch user?</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/sign_out.py" line="38"/>
        <source>还未完成：
{0}</source>
        <translation>Still open:
{0}</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/sign_out.py" line="40"/>
        <source>没有未完成的收件或叫号。</source>
        <translation>No intake or ticket left open.</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/sign_out.py" line="41"/>
        <source>退出登录 (Enter)</source>
        <translation>Sign out (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/sign_in/sign_out.py" line="42"/>
        <source>继续工作 (Esc)</source>
        <translation>Keep working (Esc)</translation>
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
    <name>SingleInstance</name>
    <message>
        <location filename="../../ui/single_instance.py" line="112"/>
        <source>一窗通办已在运行（数据文件夹 {0}），已切换到它的窗口。</source>
        <translation>OneWindow is already running on the data folder {0}; switched to its window.</translation>
    </message>
    <message>
        <location filename="../../ui/single_instance.py" line="118"/>
        <source>又一次启动本工作台（同一数据文件夹）：已转到这里，没有打开第二个。</source>
        <translation>The workbench was started again on the same data folder: brought here instead of opening a second one.</translation>
    </message>
</context>
<context>
    <name>SlotList</name>
    <message>
        <location filename="../../ui/appointments/slot_list.py" line="34"/>
        <source>{0}  余{1}</source>
        <translation>{0}  {1} left</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/slot_list.py" line="36"/>
        <source>{0}  已约满</source>
        <translation>{0}  full</translation>
    </message>
    <message>
        <location filename="../../ui/appointments/slot_list.py" line="39"/>
        <source>已约满（{0}人）</source>
        <translation>Full ({0} booked)</translation>
    </message>
</context>
<context>
    <name>StaffingTab</name>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="44"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="45"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="46"/>
        <source>未来1小时预计来号</source>
        <translation>Arrivals expected next hour</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="47"/>
        <source>平均办理</source>
        <translation>Mean service</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="48"/>
        <source>所需窗口</source>
        <translation>Windows needed</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="49"/>
        <source>在办窗口</source>
        <translation>Windows serving</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="50"/>
        <source>预计平均等候</source>
        <translation>Expected mean wait</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="51"/>
        <source>目标内叫号</source>
        <translation>Called within target</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="52"/>
        <source>等候目标</source>
        <translation>Wait target</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="81"/>
        <source>调度建议</source>
        <translation>Staffing suggestions</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="88"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="89"/>
        <source>等候目标 (Ctrl+T)</source>
        <translation>Wait targets (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="90"/>
        <source>采纳所选建议 (Enter)</source>
        <translation>Apply selected suggestion (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="112"/>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="112"/>
        <source>预计效果</source>
        <translation>Expected effect</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="127"/>
        <source>调整建议（Alt+S；↑↓选择，Enter 采纳）</source>
        <translation>Suggested moves (Alt+S; Up/Down to choose, Enter to apply)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="139"/>
        <source>各业务类别（Alt+C；选中一类则右图只显示该类，Esc 显示全大厅）</source>
        <translation>Categories (Alt+C; the chosen one alone in the chart, Esc for the whole hall)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="190"/>
        <source>今日尚无完整小时可比对</source>
        <translation>no full hour today to compare yet</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="192"/>
        <source>今日已过各小时预测误差{0:.0f}%</source>
        <translation>forecast error over today&apos;s past hours {0:.0f}%</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="196"/>
        <source>按过去{0}个同一星期几与今日进度预测</source>
        <translation>forecast from the same weekday of the past {0} weeks and today&apos;s pace</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="200"/>
        <source>尚无往周同一星期几的记录，按今日进度预测</source>
        <translation>no past weeks on record yet: forecast from today&apos;s pace</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="201"/>
        <source>{0}；{1}；{2}更新</source>
        <translation>{0}; {1}; updated {2}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="216"/>
        <source>{0:.1f}分钟</source>
        <translation>{0:.1f} min</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="218"/>
        <source>{0}（默认）</source>
        <translation>{0} (default)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="219"/>
        <source>{0}%在{1}分钟内</source>
        <translation>{0}% within {1} min</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="228"/>
        <source>{0:.1f}（{1}个窗口）</source>
        <translation>{0:.1f} ({1} windows)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="242"/>
        <source>{0}时 {1:.1f}</source>
        <translation>{0}:00 {1:.1f}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="262"/>
        <source>有业务类别未达等候目标，但没有窗口可以调出而不影响其他类别：请考虑增开窗口。</source>
        <translation>A category misses its wait target, but no window can move without another category missing its own: consider opening more windows.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="269"/>
        <source>各业务类别预计都能达到等候目标，暂无调整建议。</source>
        <translation>Every category is expected to meet its wait target: no moves suggested.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="295"/>
        <source>采纳调整建议</source>
        <translation>Apply suggested move</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/tab.py" line="296"/>
        <source>{0}
{1}

现在调整该窗口？它叫下一个号时生效。</source>
        <translation>{0}
{1}

Change this window now? It takes effect at its next call.</translation>
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
        <location filename="../../ui/sync/startup.py" line="68"/>
        <source>演示服务器未能启动（{0}），工作台在本机照常工作。</source>
        <translation>The demo server did not start ({0}); the workbench works on this PC as usual.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="87"/>
        <source>本终端未能登记到演示服务器：{0}</source>
        <translation>This terminal could not enrol with the demo server: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="89"/>
        <source>演示服务器换了地址（{0}），本终端登记的是 {1}；请删除演示数据文件夹后重新开始。</source>
        <translation>The demo server moved ({0}) but this terminal enrolled with {1}; delete the demo data folder and start again.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="95"/>
        <source>演示的其他屏幕未能打开：{0}</source>
        <translation>The demo&apos;s other screens did not open: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="80"/>
        <location filename="../../ui/sync/startup.py" line="101"/>
        <source>演示账号未能登录：{0}</source>
        <translation>The demo account could not sign in: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/app.py" line="222"/>
        <location filename="../../ui/sync/startup.py" line="105"/>
        <source>演示大厅正在后台生成过去八周的记录（需几分钟），统计和好差评随之逐日可见。</source>
        <translation>The demo hall is generating the past eight weeks of records in the background (a few minutes); statistics and ratings fill in day by day.</translation>
    </message>
    <message>
        <source>演示大厅正在后台生成过去八周的记录（约需一两分钟），统计和好差评随后可见。</source>
        <translation type="vanished">The demo hall is generating the past eight weeks of records in the background (a minute or two); statistics and ratings will appear once it is done.</translation>
    </message>
    <message>
        <location filename="../../ui/sync/startup.py" line="135"/>
        <source>本终端未能登记到服务器：{0}</source>
        <translation>This terminal could not enrol with the server: {0}</translation>
    </message>
</context>
<context>
    <name>StatisticsCharts</name>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="62"/>
        <source>分时段取号量与平均等候</source>
        <translation>Arrivals and mean wait by hour</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="64"/>
        <source>取号量</source>
        <translation>Arrivals</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="70"/>
        <source>平均等候(分)</source>
        <translation>Mean wait (min)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="79"/>
        <source>时</source>
        <translation>Hour</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="84"/>
        <source>人次</source>
        <translation>People</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="89"/>
        <source>分钟</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="99"/>
        <source>各窗口办结量</source>
        <translation>Tickets served per window</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="102"/>
        <source>办结数</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="110"/>
        <source>（无）</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="113"/>
        <source>件</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="122"/>
        <source>好差评（满意率{0}）</source>
        <translation>Ratings (satisfaction {0})</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="135"/>
        <source>评价数</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/charts.py" line="139"/>
        <source>条</source>
        <translation>Ratings</translation>
    </message>
</context>
<context>
    <name>StatisticsTab</name>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="46"/>
        <source>今天 (Alt+1)</source>
        <translation>Today (Alt+1)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="47"/>
        <source>本周 (Alt+2)</source>
        <translation>This week (Alt+2)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="48"/>
        <source>本月 (Alt+3)</source>
        <translation>This month (Alt+3)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="49"/>
        <source>自定义 (Alt+4)</source>
        <translation>Custom (Alt+4)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="93"/>
        <source>至</source>
        <translation>to</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="95"/>
        <source>分组 (Alt+G)</source>
        <translation>Group by (Alt+G)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="107"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="108"/>
        <source>导出Excel (Ctrl+E)</source>
        <translation>Export to Excel (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="109"/>
        <source>打印报表PDF (Ctrl+P)</source>
        <translation>Printable report PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="206"/>
        <source>正在统计……</source>
        <translation>Computing...</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="222"/>
        <source>共{0}行</source>
        <translation>{0} rows</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="242"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="270"/>
        <source>Excel 工作簿 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="270"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="272"/>
        <source>保存统计报表</source>
        <translation>Save statistics report</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="279"/>
        <source>正在导出……</source>
        <translation>Exporting...</translation>
    </message>
    <message>
        <location filename="../../ui/manager/statistics/tab.py" line="284"/>
        <source>已保存：{0}</source>
        <translation>Saved: {0}</translation>
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
    <name>TargetsDialog</name>
    <message>
        <location filename="../../ui/manager/staffing/targets.py" line="35"/>
        <source>等候目标</source>
        <translation>Wait target</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/targets.py" line="39"/>
        <source>每个业务类别：多少比例的群众应在多少分钟内被叫号。Enter 保存，Esc 取消。</source>
        <translation>For each category: what share of applicants should be called within how many minutes. Enter saves, Esc cancels.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/targets.py" line="45"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/targets.py" line="45"/>
        <source>分钟内叫号</source>
        <translation>Called within (min)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/targets.py" line="45"/>
        <source>比例（%）</source>
        <translation>Share (%)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/targets.py" line="70"/>
        <source>保存 (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/staffing/targets.py" line="71"/>
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>ThresholdsDialog</name>
    <message>
        <location filename="../../ui/manager/live_hall/thresholds.py" line="41"/>
        <source>预警阈值</source>
        <translation>Alarm thresholds</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/thresholds.py" line="47"/>
        <source>超过阈值时，窗口卡片与预警列表标红。0 表示不设。窗口空闲：窗口开放且未在办理，而该类别仍有人等候。</source>
        <translation>Past a threshold, the window&apos;s tile and the alarm list turn red. 0 means not set. Window idle: the window is open and serving nobody while people of the category wait.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/thresholds.py" line="55"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/thresholds.py" line="56"/>
        <source>等候人数上限</source>
        <translation>Most people waiting</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/thresholds.py" line="57"/>
        <source>最长等候（分钟）</source>
        <translation>Longest wait (min)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/thresholds.py" line="58"/>
        <source>窗口空闲（分钟）</source>
        <translation>Window idle (min)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/thresholds.py" line="74"/>
        <source>不设</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/thresholds.py" line="88"/>
        <source>保存 (Enter)</source>
        <translation>Save (Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/live_hall/thresholds.py" line="89"/>
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
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
    <message>
        <location filename="../../ui/queue/ticket_card.py" line="72"/>
        <source> · 预约：{0}</source>
        <translation> · booked for: {0}</translation>
    </message>
</context>
<context>
    <name>TodayList</name>
    <message>
        <location filename="../../ui/cases/today_list.py" line="72"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="72"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="72"/>
        <source>申请人</source>
        <translation>Applicant</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="72"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="89"/>
        <source>今日办件</source>
        <translation>Today&apos;s cases</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="90"/>
        <source>今天还没有办件。</source>
        <translation>No cases today yet.</translation>
    </message>
    <message>
        <location filename="../../ui/cases/today_list.py" line="137"/>
        <source>尚未同步到服务器</source>
        <translation>Not yet synced to the server</translation>
    </message>
</context>
<context>
    <name>UnresolvedMoves</name>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="50"/>
        <source>确定 (Ctrl+Enter)</source>
        <translation>OK (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="52"/>
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="79"/>
        <source>不超过{0}个字</source>
        <translation>At most {0} characters</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="118"/>
        <source>分派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="123"/>
        <source>经办人（&amp;P）</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="134"/>
        <source>记录解决情况与答复</source>
        <translation>Record the resolution and answer</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="138"/>
        <source>解决结果（&amp;O）</source>
        <translation>&amp;Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="139"/>
        <source>解决情况（&amp;R）</source>
        <translation>&amp;Resolution</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="140"/>
        <source>答复申请人（&amp;A）</source>
        <translation>&amp;Answer to the applicant</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="144"/>
        <source>答复方式（&amp;M）</source>
        <translation>Answer&amp;ed by</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="148"/>
        <source>答复日期（&amp;T）</source>
        <translation>Answered on (da&amp;te)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="166"/>
        <source>退回重办</source>
        <translation>Send back to redo</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="167"/>
        <source>退回原因（&amp;R）</source>
        <translation>&amp;Reason</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/move_dialogs.py" line="175"/>
        <source>办结</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>UnresolvedTab</name>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="18"/>
        <location filename="../../ui/manager/unresolved/cells.py" line="67"/>
        <source>状态</source>
        <translation>State</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="19"/>
        <source>反映时间</source>
        <translation>Reported</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="20"/>
        <location filename="../../ui/manager/unresolved/cells.py" line="68"/>
        <source>反映人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="21"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="22"/>
        <location filename="../../ui/manager/unresolved/cells.py" line="69"/>
        <source>反映类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="23"/>
        <location filename="../../ui/manager/unresolved/cells.py" line="70"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="24"/>
        <location filename="../../ui/manager/unresolved/cells.py" line="71"/>
        <source>办不成的窗口</source>
        <translation>Failed at</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="25"/>
        <location filename="../../ui/manager/unresolved/cells.py" line="78"/>
        <source>经办人</source>
        <translation>Assignee</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="26"/>
        <location filename="../../ui/manager/unresolved/cells.py" line="79"/>
        <source>办结期限</source>
        <translation>Due</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="33"/>
        <source>待分派 {0}&#x3000;办理中 {1}&#x3000;已答复待审核 {2}&#x3000;已超期 {3}&#x3000;近{4}天已办结 {5}</source>
        <translation>To assign {0}   In hand {1}   Answered, to check {2}   Overdue {3}   Closed in the last {4} days {5}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="42"/>
        <source>（暂按周末计算）</source>
        <translation> (weekends only)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="64"/>
        <source>（已超期）</source>
        <translation> (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="72"/>
        <source>关联办件</source>
        <translation>Case</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="73"/>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="75"/>
        <source>登记</source>
        <translation>Taken</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="85"/>
        <source>解决结果</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="86"/>
        <source>解决情况</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="88"/>
        <source>答复申请人</source>
        <translation>Answer to the applicant</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="89"/>
        <source>{0}（{1}，{2}）</source>
        <translation>{0} ({1}, {2})</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/cells.py" line="102"/>
        <source>经过</source>
        <translation>History</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/report_list.py" line="54"/>
        <source>反映（&amp;L；Enter 打开）</source>
        <translation>Reports (&amp;L; Enter opens)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/report_list.py" line="75"/>
        <source>{0}（已超期）</source>
        <translation>{0} (overdue)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/tab.py" line="65"/>
        <source>办不成事反映</source>
        <translation>Unresolved matters</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/tab.py" line="75"/>
        <source> 天</source>
        <translation> days</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/tab.py" line="77"/>
        <source>列出已办结的近（&amp;D）</source>
        <translation>Closed in the last (&amp;D)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/tab.py" line="79"/>
        <source>刷新 (F5)</source>
        <translation>Refresh (F5)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/tab.py" line="93"/>
        <source>分派 (Ctrl+G)</source>
        <translation>Assign (Ctrl+G)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/tab.py" line="94"/>
        <source>记录解决情况与答复 (Ctrl+R)</source>
        <translation>Record resolution and answer (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/tab.py" line="95"/>
        <source>办结 (Ctrl+E)</source>
        <translation>Close (Ctrl+E)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/tab.py" line="96"/>
        <source>退回重办 (Ctrl+B)</source>
        <translation>Send back (Ctrl+B)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/tab.py" line="230"/>
        <source>办结{0}的反映？办结后不再改动。</source>
        <translation>Close the report of {0}? A closed report does not change again.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/tab.py" line="260"/>
        <source>已保存：现为“{0}”。</source>
        <translation>Saved: now &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location filename="../../ui/manager/unresolved/tab.py" line="269"/>
        <source>已重新读取这条反映，请看清现在的情况后再决定。</source>
        <translation>The report was read again: look at it as it stands now before you decide.</translation>
    </message>
</context>
<context>
    <name>UnresolvedToday</name>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="18"/>
        <source>已送达大厅管理员</source>
        <translation>With the hall manager</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="18"/>
        <source>已送达</source>
        <translation>Delivered</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="20"/>
        <source>服务器未接收：{0}</source>
        <translation>Not taken by the server: {0}</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="21"/>
        <source>未接收</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="22"/>
        <source>待发送（连通服务器后自动发送）</source>
        <translation>Waiting (sent once the server is reached)</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="23"/>
        <source>待发送</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="31"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="32"/>
        <source>反映人</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="33"/>
        <source>联系电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="34"/>
        <source>反映类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="35"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../ui/unresolved/today_list.py" line="36"/>
        <source>发送情况</source>
        <translation>Sent</translation>
    </message>
</context>
<context>
    <name>WaitingPanel</name>
    <message>
        <location filename="../../ui/display/panels.py" line="192"/>
        <source>等候人数</source>
        <translation>Waiting</translation>
    </message>
</context>
<context>
    <name>WorkbenchStatusBar</name>
    <message>
        <location filename="../../ui/status_bar.py" line="35"/>
        <source>叫号</source>
        <translation>Queue</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="35"/>
        <source>同步</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="35"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="45"/>
        <source>未接入</source>
        <translation>not connected</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="68"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="47"/>
        <source>单机模式（未连接服务器）</source>
        <translation>standalone (no server connected)</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="60"/>
        <source>{0}：{1}</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location filename="../../ui/status_bar.py" line="33"/>
        <location filename="../../ui/status_bar.py" line="74"/>
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
    <name>YearGrid</name>
    <message>
        <source>休</source>
        <translation type="vanished">Off</translation>
    </message>
    <message>
        <source>班</source>
        <translation type="vanished">Work</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/year_grid.py" line="22"/>
        <source>{0}月</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/year_grid.py" line="24"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/year_grid.py" line="25"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/year_grid.py" line="26"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/year_grid.py" line="27"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/year_grid.py" line="28"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/year_grid.py" line="29"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/year_grid.py" line="30"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>YearGridMark</name>
    <message>
        <location filename="../../ui/manager/calendar/year_grid.py" line="21"/>
        <source>休</source>
        <translation>H</translation>
    </message>
    <message>
        <location filename="../../ui/manager/calendar/year_grid.py" line="21"/>
        <source>班</source>
        <translation>W</translation>
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
        <translation>decide &quot;{result}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_lifecycle.py" line="29"/>
        <source>登记结果到件</source>
        <translation>register the result&apos;s arrival</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="59"/>
        <source>修改申请人信息</source>
        <translation>change the applicant</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="60"/>
        <source>修改材料核验结果</source>
        <translation>change the material checks</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="61"/>
        <source>修改帮办代办</source>
        <translation>change how the case is applied for</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="63"/>
        <source>受理</source>
        <translation>accept it</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="65"/>
        <source>出具一次性告知书</source>
        <translation>give a deficiency notice</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="68"/>
        <source>不予受理</source>
        <translation>refuse it</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="72"/>
        <source>按补正超时驳回</source>
        <translation>reject it for an unanswered notice</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="75"/>
        <source>补交容缺材料</source>
        <translation>take a deferred material</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="77"/>
        <source>出件</source>
        <translation>issue the result</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/intake.py" line="35"/>
        <source>放弃</source>
        <translation>discard it</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="380"/>
        <source>叫号</source>
        <translation>call the next number</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="381"/>
        <source>指定号码叫号</source>
        <translation>call a number</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="382"/>
        <source>重呼</source>
        <translation>recall</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="383"/>
        <source>过号</source>
        <translation>mark a no-show</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="384"/>
        <source>转移</source>
        <translation>transfer</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="385"/>
        <source>暂停</source>
        <translation>pause</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="386"/>
        <source>恢复</source>
        <translation>resume</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="387"/>
        <source>办结</source>
        <translation>finish</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="388"/>
        <source>记为未办理</source>
        <translation>record as not served</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_factory.py" line="14"/>
        <source>更换事项</source>
        <translation>change the matter</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <location filename="../../ui/manager/followups/dialogs.py" line="36"/>
        <source>确定 (Ctrl+Enter)</source>
        <translation>OK (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../ui/manager/followups/dialogs.py" line="38"/>
        <source>取消 (Esc)</source>
        <translation>Cancel (Esc)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../app/services/sync/push.py" line="56"/>
        <source>扫描件 {scan}… 的本地加密文件已损坏，无法上传，同步已暂停：请在该办件中重新扫描此页</source>
        <translation>The encrypted file of scan {scan}… on this PC is damaged and cannot be uploaded; sync is paused. Please scan this page again in its case.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="54"/>
        <source>扫描件的加密图像文件已损坏，无法打开：请重新扫描该页（办件的其他内容不受影响）。</source>
        <translation>The scan&apos;s encrypted image file is damaged and cannot be opened: please scan the page again (the rest of the case is not affected).</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/output.py" line="37"/>
        <source>文书存档文件已损坏，无法打开（{path}）；办件记录不受影响，请在办件中重新生成该文书</source>
        <translation>The archived document file is damaged and cannot be opened ({path}); the case record is not affected. Please produce the document again in its case.</translation>
    </message>
    <message>
        <location filename="../../app/services/store_unlock.py" line="47"/>
        <source>无法连接中心服务器，账号“{name}”在本机没有离线解锁密钥（从未在本机联网登录，或密码已在别处修改）：请在网络恢复后登录，或请在本机登录过的同事登录</source>
        <translation>The central server cannot be reached and the account &quot;{name}&quot; has no offline key on this PC (it never signed in online here, or its password was changed elsewhere): please sign in when the network is back, or ask a colleague who has signed in here before.</translation>
    </message>
    <message>
        <location filename="../../app/services/store_unlock.py" line="51"/>
        <source>本机数据已加密，但找不到本终端的登记信息（terminal.json），无法联网登录：请联系运维人员</source>
        <translation>This PC&apos;s data is encrypted, but the terminal&apos;s enrolment (terminal.json) is missing, so it cannot sign in online: please contact the operators.</translation>
    </message>
    <message>
        <location filename="../../app/services/store_unlock.py" line="54"/>
        <source>请先登录：本机数据尚未解锁</source>
        <translation>Please sign in first: this PC&apos;s data is not unlocked yet.</translation>
    </message>
    <message>
        <location filename="../../app/services/window_store.py" line="30"/>
        <source>本机数据的密钥文件（keyslots.json）已损坏，无法解锁本机数据：请联系运维人员从备份恢复该文件。本机数据未被改动。</source>
        <translation>The key file of this PC&apos;s data (keyslots.json) is damaged, so the data cannot be unlocked: please ask the operators to restore the file from a backup. This PC&apos;s data has not been changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/window_store.py" line="34"/>
        <source>服务器给出的终端密钥打不开本机数据（本机数据属于另一个终端登记）：请联系运维人员核对终端登记。本机数据未被改动。</source>
        <translation>The terminal key the server gave does not open this PC&apos;s data (the data belongs to another terminal enrolment): please ask the operators to check the enrolment. This PC&apos;s data has not been changed.</translation>
    </message>
    <message>
        <location filename="../../app/services/window_store.py" line="38"/>
        <source>服务器给出的终端密钥格式不对，本机数据未解锁：请联系运维人员。</source>
        <translation>The terminal key the server gave is malformed; this PC&apos;s data was not unlocked: please contact the operators.</translation>
    </message>
    <message>
        <location filename="../../app/sync/tls.py" line="20"/>
        <source>大厅根证书文件“{path}”无法使用（{error}）：请检查 ONEWINDOW_HALL_CA 指向的证书文件（PEM 格式），在此之前不会连接中心服务器</source>
        <translation>The hall CA file &quot;{path}&quot; cannot be used ({error}): check the certificate file (PEM) that ONEWINDOW_HALL_CA names; until then the central server is not contacted</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="23"/>
        <source>扫描件过保管期限销毁</source>
        <translation>Scans destroyed at the end of the archive period</translation>
    </message>
    <message>
        <location filename="../../app/domain/access_records.py" line="19"/>
        <source>按保存期限清除本机扫描件</source>
        <translation>Scans removed from this PC at the end of their keeping period</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="20"/>
        <source>窗口按期清除扫描件</source>
        <translation>Scans removed from a window PC on schedule</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="57"/>
        <source>该办件已办结，扫描件已按大厅规定的保存期限从本机清除；存档保存在中心服务器。</source>
        <translation>This case is closed and its scans were removed from this PC at the end of the hall&apos;s keeping period; the archive copy is on the central server.</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="15"/>
        <source>查找办件</source>
        <translation>Cases searched</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="26"/>
        <source>窗口调度</source>
        <translation>Window assignment</translation>
    </message>
    <message>
        <location filename="../../app/domain/access_records.py" line="17"/>
        <source>打开办件</source>
        <translation>Case opened</translation>
    </message>
    <message>
        <location filename="../../app/domain/access_records.py" line="18"/>
        <source>重印文书</source>
        <translation>Document reprinted</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="8"/>
        <source>登录</source>
        <translation>Sign-in</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="9"/>
        <source>退出登录</source>
        <translation>Sign-out</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="10"/>
        <source>修改密码</source>
        <translation>Password changed</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="11"/>
        <source>终端登记</source>
        <translation>Terminal enrolled</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="12"/>
        <source>终端停用</source>
        <translation>Terminal revoked</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="13"/>
        <source>新建账号</source>
        <translation>Account created</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="14"/>
        <source>修改账号</source>
        <translation>Account changed</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="16"/>
        <source>从服务器调阅办件</source>
        <translation>Case read from the server</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="17"/>
        <source>调阅扫描件</source>
        <translation>Scan read</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="18"/>
        <source>窗口打开办件</source>
        <translation>Case opened at a window</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="19"/>
        <source>窗口重印文书</source>
        <translation>Document reprinted at a window</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="21"/>
        <source>出件时手工录入证件</source>
        <translation>ID typed at hand-out</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="22"/>
        <source>查询审计日志</source>
        <translation>Audit log searched</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="24"/>
        <source>后台办理</source>
        <translation>Back-office step</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="25"/>
        <source>大厅设置</source>
        <translation>Hall setup</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="30"/>
        <source>查看办不成事反映</source>
        <translation>Unresolved-matter report read</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="31"/>
        <source>分派办不成事反映</source>
        <translation>Unresolved-matter report assigned</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="32"/>
        <source>记录办不成事反映的解决情况与答复</source>
        <translation>Unresolved-matter report answered</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="33"/>
        <source>办结办不成事反映</source>
        <translation>Unresolved-matter report closed</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="34"/>
        <source>退回办不成事反映</source>
        <translation>Unresolved-matter report sent back</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="35"/>
        <source>调取电子证照</source>
        <translation>E-licence looked up</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="36"/>
        <source>设置预约号源与规则</source>
        <translation>Appointment slots and rules set</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="37"/>
        <source>导出预约提醒短信名单</source>
        <translation>Appointment reminder list exported</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="40"/>
        <source>成功</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="41"/>
        <source>被拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="42"/>
        <source>失败</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="70"/>
        <source>账号“{name}”的初始密码须先修改，修改需要连接中心服务器：请在网络恢复后登录</source>
        <translation>The initial password of &quot;{name}&quot; must be changed first, which needs the central server: sign in once the network is back</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="73"/>
        <source>无法连接中心服务器，密码未修改：请稍后再试</source>
        <translation>Cannot reach the central server; the password was not changed. Please try again later</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="74"/>
        <source>请先联网登录，再修改密码</source>
        <translation>Sign in online first, then change the password</translation>
    </message>
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
        <translation>Character {position} cannot be &quot;X&quot;: X may only be the 18th (last) character. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="55"/>
        <source>第{position}位的{char}不是数字（只有最后一位可以是X），请核对。</source>
        <translation>Character {position}, {char}, is not a digit (only the last may be X). Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="58"/>
        <source>前6位地址码“{region}”无效：港澳台居民居住证号码的前6位应为{expected}，请核对。</source>
        <translation>The address code &quot;{region}&quot; is invalid: a residence permit for Hong Kong, Macao and Taiwan residents starts with {expected}. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/id_numbers.py" line="61"/>
        <source>前两位“{prefix}”不是有效的省级行政区划代码，请核对号码。</source>
        <translation>The first two digits &quot;{prefix}&quot; are not a valid province code. Please check the number.</translation>
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
        <translation>Characters 3–8 must be a 6-digit division code; they are &quot;{region}&quot;. Please check.</translation>
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
        <translation>&quot;{char}&quot;</translation>
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
        <translation>&quot;{text}&quot;</translation>
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
        <source>英文姓名过长（最多120个字符）</source>
        <translation>The English name is too long (at most 120 characters)</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="94"/>
        <source>自然人应使用个人证件，不能使用统一社会信用代码</source>
        <translation>A natural person uses a personal document, not a unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="95"/>
        <source>单位申请人应填写统一社会信用代码</source>
        <translation>An organisation applies with its unified social credit code</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="96"/>
        <location filename="../../app/domain/unresolved_reports.py" line="127"/>
        <source>联系电话格式不正确（手机11位，或区号-座机号）</source>
        <translation>The phone number is not valid (11-digit mobile, or area code-landline)</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="97"/>
        <source>单位申请须填写经办人</source>
        <translation>An organisation&apos;s application needs a contact person</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="98"/>
        <source>请填写代理人姓名</source>
        <translation>Please enter the agent&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="99"/>
        <source>代理人{problem}</source>
        <translation>Agent: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/domain/applicants.py" line="100"/>
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
        <translation>&quot;{result}&quot; needs a reason</translation>
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
        <location filename="../../app/services/manager/statistics.py" line="63"/>
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
        <location filename="../../app/domain/rating_followups.py" line="41"/>
        <location filename="../../app/domain/unresolved_reports.py" line="73"/>
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
        <translation>The case is &quot;{status}&quot;: you cannot {action}</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="58"/>
        <source>办件已“{status}”，不能{action}</source>
        <translation>The case is already &quot;{status}&quot;: you cannot {action}</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="62"/>
        <source>本办件没有编码为“{code}”的材料</source>
        <translation>This case has no material with code &quot;{code}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="64"/>
        <source>不能受理：{problems}</source>
        <translation>Cannot accept: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="66"/>
        <source>一次性告知须列明全部问题，请先核验：{names}</source>
        <translation>A deficiency notice must list every problem; check these first: {names}</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="67"/>
        <source>没有缺少或不符合要求的材料，无需出具一次性告知书</source>
        <translation>No material is missing or invalid: no deficiency notice is needed</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="69"/>
        <source>不予受理须写明理由</source>
        <translation>A refusal needs a reason</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="70"/>
        <source>不能出具一次性告知书：{problems}</source>
        <translation>Cannot issue the one-time deficiency notice: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="71"/>
        <source>不能出具不予受理通知书：{problems}</source>
        <translation>Cannot issue the refusal notice: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="73"/>
        <source>补正期限{deadline}尚未届满</source>
        <translation>The supplement deadline {deadline} has not passed yet</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="74"/>
        <source>承诺件须经后台审批，不能当场办结</source>
        <translation>A promised-time case needs back-office approval; it cannot be completed on the spot</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="76"/>
        <source>“{name}”不是待补交的容缺材料</source>
        <translation>&quot;{name}&quot; is not a deferred material still owed</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="78"/>
        <source>容缺材料尚未补齐（{names}），补交后方可出件</source>
        <translation>Deferred materials are still owed ({names}); the result can be issued once they are brought</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="79"/>
        <location filename="../../app/domain/collectors.py" line="26"/>
        <source>请填写领取人姓名</source>
        <translation>Please enter the collector&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/domain/cases.py" line="80"/>
        <source>邮寄出件请填写快递单号</source>
        <translation>Please enter the tracking number for a posted result</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="47"/>
        <source>未核验</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="48"/>
        <source>已收取</source>
        <translation>Received</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="49"/>
        <source>缺少</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="50"/>
        <source>不符合要求</source>
        <translation>Invalid</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="51"/>
        <location filename="../../app/domain/matters.py" line="91"/>
        <source>容缺后补</source>
        <translation>Deferred</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="52"/>
        <source>告知承诺</source>
        <translation>Commitment</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="53"/>
        <source>电子证照</source>
        <translation>E-licence</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="54"/>
        <source>未提供（非必要）</source>
        <translation>Not provided (optional)</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="57"/>
        <source>“{name}”不符合要求时，请写明原因，告知书会一并列出</source>
        <translation>&quot;{name}&quot; is invalid: please state why; the notice will list it</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="58"/>
        <source>“{name}”不属于容缺后补材料，不能容缺受理</source>
        <translation>&quot;{name}&quot; cannot be deferred</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="59"/>
        <source>“{name}”不适用告知承诺</source>
        <translation>&quot;{name}&quot; does not allow a commitment</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="60"/>
        <source>“{name}”不能以电子证照替代</source>
        <translation>&quot;{name}&quot; cannot be replaced by an e-licence</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="61"/>
        <source>“{name}”是必要材料，请核验为已收取、缺少或不符合要求</source>
        <translation>&quot;{name}&quot; is required: mark it received, missing or invalid</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="64"/>
        <source>“{name}”是容缺后补材料，不能标为未提供；缺少时请选择容缺后补</source>
        <translation>&quot;{name}&quot; may be deferred, not left out: if it is missing, choose Deferred</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="67"/>
        <source>“{name}”要以电子证照替代，须先从电子证照库调取到有效的证照（按 6 调取）</source>
        <translation>&quot;{name}&quot; can be replaced by an e-licence only once a valid licence is taken from the library (press 6 to look it up)</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="70"/>
        <source>“{name}”尚未核验</source>
        <translation>&quot;{name}&quot; has not been checked</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="71"/>
        <source>“{name}”{state}，不能受理，请出具一次性告知书</source>
        <translation>&quot;{name}&quot;: {state}; the case cannot be accepted, give a deficiency notice</translation>
    </message>
    <message>
        <location filename="../../app/domain/materials_check.py" line="72"/>
        <source>“{name}”{state}，不能受理，请出具一次性告知书（本次申请无需此材料的，请标为未提供）</source>
        <translation>&quot;{name}&quot;: {state}; the case cannot be accepted, give a deficiency notice (if this application does not need it, mark it Not provided)</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="50"/>
        <source>办件日期应为日期，现为“{day}”。</source>
        <translation>The case date must be a date; it is &quot;{day}&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="51"/>
        <source>办件序号应为正整数，现为“{sequence}”。</source>
        <translation>The case sequence must be a positive whole number; it is &quot;{sequence}&quot;.</translation>
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
        <translation>A case number has 4 parts separated by &quot;-&quot; (e.g. 330421-20261122-W03-0007); yours has {parts}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="58"/>
        <source>第4段序号应为至少4位数字，现为“{sequence}”。</source>
        <translation>Part 4, the sequence, must be at least 4 digits; it is &quot;{sequence}&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="59"/>
        <source>第4段序号不能为0。</source>
        <translation>Part 4, the sequence, cannot be 0.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="60"/>
        <source>第4段序号“{typed}”前面多了0，应为“{expected}”。</source>
        <translation>Part 4, the sequence &quot;{typed}&quot;, has extra leading zeros; it should be &quot;{expected}&quot;.</translation>
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
        <translation>Part 1, the hall code, must be 6–12 capital letters or digits; it is &quot;{code}&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="64"/>
        <source>第3段终端代码应为1–8位大写字母或数字，现为“{code}”。</source>
        <translation>Part 3, the terminal code, must be 1–8 capital letters or digits; it is &quot;{code}&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="65"/>
        <source>第2段应为8位日期（年月日，如20261122），现为“{text}”。</source>
        <translation>Part 2 must be an 8-digit date (year, month, day, e.g. 20261122); it is &quot;{text}&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="66"/>
        <source>第2段日期“{text}”不存在，请核对。</source>
        <translation>Part 2, the date &quot;{text}&quot;, does not exist. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="67"/>
        <source>办件编号第{position}位的{char}无效：只能包含字母、数字和“-”。</source>
        <translation>Character {position} of the case number, {char}, is invalid: only letters, digits and &quot;-&quot; are allowed.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_numbers.py" line="70"/>
        <source>办件编号第{position}位的{char}无效：只能包含字母、数字和“-”（这是全角字符，请切换到英文/半角输入法后重新扫描或输入）。</source>
        <translation>Character {position} of the case number, {char}, is invalid: only letters, digits and &quot;-&quot; are allowed (it is a full-width character: switch the input method to English/half-width and scan or type again).</translation>
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
        <location filename="../../app/domain/matters.py" line="284"/>
        <source>事项编码“{code}”不在本厅的事项清单中，请核对编码或重新检索</source>
        <translation>Matter code &quot;{code}&quot; is not in this hall&apos;s list; check the code or search again</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/steps.py" line="33"/>
        <source>找不到该办件，可能已被放弃或删除</source>
        <translation>Case not found; it may have been discarded or deleted</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/steps.py" line="34"/>
        <location filename="../../app/services/pages/service.py" line="68"/>
        <source>本地数据库写入失败，本次操作未生效：{error}</source>
        <translation>Writing the local database failed; nothing of this step was kept: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/query.py" line="20"/>
        <location filename="../../app/services/documents/slips.py" line="41"/>
        <source>找不到该办件</source>
        <translation>Case not found</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/query.py" line="21"/>
        <source>本窗口没有办件编号为 {number} 的办件，请核对编号</source>
        <translation>This window has no case numbered {number}; please check the number</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/intake.py" line="32"/>
        <source>申请人类型不正确：{error}</source>
        <translation>Invalid applicant type: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/intake.py" line="33"/>
        <source>帮办代办的设置不正确：{error}</source>
        <translation>How the case is applied for is not valid: {error}</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/intake.py" line="34"/>
        <source>未知的材料核验状态“{state}”</source>
        <translation>Unknown material check state &quot;{state}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/intake.py" line="36"/>
        <source>改为“{matter}”将丢弃这些已核验或已扫描的材料：{names}。Enter 确认更换，Esc 保留原事项。</source>
        <translation>Changing to &quot;{matter}&quot; drops these materials already checked or scanned: {names}. Enter changes the matter, Esc keeps the current one.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/issuance.py" line="18"/>
        <source>未知的出件方式“{method}”</source>
        <translation>Unknown issuance method &quot;{method}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/domain/collectors.py" line="27"/>
        <source>领取人{problem}</source>
        <translation>Collector: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/domain/collectors.py" line="28"/>
        <source>请在读卡器上读取领取人的身份证；无法读卡的，请写明手工录入证件的原因</source>
        <translation>Read the collector&apos;s ID card on the card reader; if it cannot be read, give the reason for typing the ID</translation>
    </message>
    <message>
        <location filename="../../app/domain/collectors.py" line="31"/>
        <source>手工录入的原因最多{limit}个字</source>
        <translation>The reason for typing the ID may be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/collectors.py" line="32"/>
        <source>领取人证件（{collector}）不是申请人{name}的证件（{applicant}）：本人领取须由申请人本人持证领取；他人领取请选择“代领”并扫描授权委托书</source>
        <translation>The collector&apos;s ID ({collector}) is not that of the applicant {name} ({applicant}): collecting in person needs the applicant&apos;s own ID; for someone else choose &quot;By an agent&quot; and scan the letter of authorisation</translation>
    </message>
    <message>
        <location filename="../../app/domain/collectors.py" line="37"/>
        <source>领取人证件（{collector}）不是本单位经办人{name}的证件（{contact}）：他人领取请选择“代领”并扫描授权委托书</source>
        <translation>The collector&apos;s ID ({collector}) is not that of the organisation&apos;s contact {name} ({contact}): for someone else choose &quot;By an agent&quot; and scan the letter of authorisation</translation>
    </message>
    <message>
        <location filename="../../app/domain/collectors.py" line="41"/>
        <source>领取人就是申请人本人，请选择“本人领取”</source>
        <translation>The collector is the applicant: choose &quot;In person&quot;</translation>
    </message>
    <message>
        <location filename="../../app/domain/collectors.py" line="42"/>
        <source>代领须扫描申请人签署的授权委托书（Ctrl+S），委托书未扫描，不能出件</source>
        <translation>Collection by an agent needs the letter of authorisation signed by the applicant, scanned (Ctrl+S); it has not been scanned, so the result cannot be handed out</translation>
    </message>
    <message>
        <source>本人领取须出示申请人本人证件；他人领取请选择“代领”</source>
        <translation type="vanished">Collection in person needs the applicant&apos;s own ID; for someone else choose &quot;By an agent&quot;</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="52"/>
        <source>请填写以 http:// 或 https:// 开头的中心服务器地址</source>
        <translation>Please enter the central server&apos;s address, starting with http:// or https://</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="53"/>
        <source>登记码或终端名称格式不正确：登记码为管理员发放的 6 位以上字符，终端名称不能为空</source>
        <translation>Invalid enrolment code or terminal name: the code from the administrator has 6 or more characters, and the terminal needs a name</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="56"/>
        <source>无法连接中心服务器 {url}：{detail}</source>
        <translation>Cannot reach the central server {url}: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="57"/>
        <source>登记未成功：{detail}</source>
        <translation>Enrolment failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="58"/>
        <source>找不到这条被拒绝的变更</source>
        <translation>This refused change was not found</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="419"/>
        <source>添加扫描件（材料 {material}）</source>
        <translation>Added a scan (material {material})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="420"/>
        <source>旋转扫描件（材料 {material}）</source>
        <translation>Rotated a scan (material {material})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="421"/>
        <source>调整顺序扫描件（材料 {material}）</source>
        <translation>Reordered scans (material {material})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="422"/>
        <source>删除扫描件（材料 {material}）</source>
        <translation>Deleted a scan (material {material})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="424"/>
        <source>修改扫描件（材料 {material}）</source>
        <translation>Changed a scan (material {material})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="425"/>
        <source>记录申请人评价（{level} 级）</source>
        <translation>Recorded the applicant&apos;s rating (level {level})</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="426"/>
        <source>登记办不成事反映（反映人 {name}）</source>
        <translation>Unresolved-matter report taken (from {name})</translation>
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
        <location filename="../../app/services/sync/service.py" line="59"/>
        <source>无法连接中心服务器：{detail}</source>
        <translation>Cannot reach the central server: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/hall_board.py" line="70"/>
        <source>连接中心服务器时出现内部错误（{error}），正在重试。</source>
        <translation>An internal error occurred talking to the central server ({error}); retrying.</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="60"/>
        <source>中心服务器不接受本终端的凭据（{detail}），请联系系统管理员重新登记本终端</source>
        <translation>The central server does not accept this terminal&apos;s credential ({detail}); ask the system administrator to enrol this terminal again</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="63"/>
        <source>中心服务器拒绝了同步请求：{detail}</source>
        <translation>The central server refused the sync request: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/service.py" line="64"/>
        <source>同步出错（{error}），稍后自动重试</source>
        <translation>Sync failed ({error}); it will be retried automatically</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/push.py" line="50"/>
        <source>中心服务器在附件上传完成后仍要求重新上传，同步已暂停，请联系系统管理员</source>
        <translation>The central server still asks for an upload after it was completed; sync is paused, please call the system administrator</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/push.py" line="53"/>
        <source>扫描件 {scan}… 的图像文件在本机找不到，无法上传，同步已暂停</source>
        <translation>The image file of scan {scan}… is not on this PC and cannot be uploaded; sync is paused</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/push.py" line="54"/>
        <source>扫描件 {scan}… 上传完毕但服务器未能核对通过，同步已暂停</source>
        <translation>Scan {scan}… was uploaded but the server could not verify it; sync is paused</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/push.py" line="55"/>
        <source>扫描件 {scan}… 的本地文件比登记的小，无法上传</source>
        <translation>The local file of scan {scan}… is smaller than recorded and cannot be uploaded</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/push.py" line="59"/>
        <source>中心服务器期望本终端的下一条变更序号为 {seq}，但本机没有可从该序号续传的变更：服务器数据库可能已从备份恢复，或本机数据库已被替换。同步已暂停，请联系系统管理员。</source>
        <translation>The central server expects change number {seq} from this terminal next, but this PC has no changes to continue from there: the server&apos;s database may have been restored from a backup, or this PC&apos;s database replaced. Sync is paused; please call the system administrator.</translation>
    </message>
    <message>
        <location filename="../../app/sync/errors.py" line="13"/>
        <source>服务器期望下一条变更序号为 {seq}</source>
        <translation>The server expects change number {seq} next</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="65"/>
        <source>中心服务器地址 {address} 未加密：终端凭据和密码会以明文经过网络，已拒绝连接。请改用 https:// 地址；确需明文连接时以 --allow-insecure-http 启动</source>
        <translation>The central server address {address} is not encrypted: the terminal&apos;s credential and passwords would cross the network in clear text, so it was not contacted. Use an https:// address; if plain HTTP is really needed, start with --allow-insecure-http</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="70"/>
        <source>连接中心服务器超时</source>
        <translation>the central server did not answer in time</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="71"/>
        <source>网络不通或连接被中断（{error}）</source>
        <translation>the network is down or the connection was cut ({error})</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="72"/>
        <source>中心服务器的应答无法识别，可能版本不一致或中间设备有误</source>
        <translation>the central server&apos;s answer could not be read: a version mismatch or a faulty device in between</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="73"/>
        <source>中心服务器暂时无法处理请求（{status}）</source>
        <translation>the central server cannot handle the request right now ({status})</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="74"/>
        <source>网络过慢，请求未能及时传到中心服务器</source>
        <translation>the network is too slow: the request did not reach the central server in time</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="75"/>
        <source>中心服务器不接受本终端或账号的凭据</source>
        <translation>the central server does not accept this terminal&apos;s or account&apos;s credential</translation>
    </message>
    <message>
        <location filename="../../app/sync/transport.py" line="76"/>
        <source>中心服务器拒绝了请求（{status}）</source>
        <translation>the central server refused the request ({status})</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="22"/>
        <source>评价等级“{level}”无效，应为1至5。</source>
        <translation>Rating level &quot;{level}&quot; is invalid; it must be 1 to 5.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="23"/>
        <source>评价原因代码“{codes}”不在公布的代码表中。</source>
        <translation>Reason code &quot;{codes}&quot; is not in the published list.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="24"/>
        <source>评价原因代码有重复。</source>
        <translation>A reason code is given twice.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="25"/>
        <source>“{level}”属于差评，须至少选择一项原因。</source>
        <translation>&quot;{level}&quot; is a bad rating: choose at least one reason.</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="26"/>
        <source>“{level}”不是差评，不应附带原因或文字。</source>
        <translation>&quot;{level}&quot; is not a bad rating: it carries no reason or text.</translation>
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
        <location filename="../../app/domain/ratings.py" line="60"/>
        <source>整体满意度</source>
        <translation>Overall satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="61"/>
        <source>服务效率</source>
        <translation>Efficiency</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="62"/>
        <source>服务水平</source>
        <translation>Competence</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="63"/>
        <location filename="../../app/domain/unresolved_reports.py" line="51"/>
        <source>服务态度</source>
        <translation>Attitude</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="68"/>
        <source>办事指南不清楚、不准确</source>
        <translation>Service guide unclear or inaccurate</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="69"/>
        <source>要求提交的材料多或重复</source>
        <translation>Too many or duplicate materials asked</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="70"/>
        <source>没有一次性告知所需材料</source>
        <translation>Not told all required materials at once</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="71"/>
        <source>排队等候时间长</source>
        <translation>Long wait in the queue</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="72"/>
        <source>办理时间长、超过承诺时限</source>
        <translation>Took too long, past the promised date</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="73"/>
        <source>需要多次跑动</source>
        <translation>Had to come more than once</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="74"/>
        <source>工作人员态度不好</source>
        <translation>Unfriendly staff</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="75"/>
        <source>工作人员业务不熟练</source>
        <translation>Staff not familiar with the matter</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="76"/>
        <source>系统或设备故障</source>
        <translation>System or equipment failure</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="77"/>
        <source>收费不合理</source>
        <translation>Unreasonable fees</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="49"/>
        <source>本人办理</source>
        <translation>In person</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="50"/>
        <source>帮办</source>
        <translation>Helped by the hall</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="51"/>
        <source>代办</source>
        <translation>By an agent</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="67"/>
        <source>老年人</source>
        <translation>Elderly</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="68"/>
        <source>残疾人</source>
        <translation>Disabled</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="69"/>
        <source>不识字或书写困难</source>
        <translation>Cannot read or write</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="70"/>
        <location filename="../../app/domain/ratings.py" line="78"/>
        <location filename="../../app/domain/unresolved_reports.py" line="54"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="86"/>
        <source>帮办须写明帮办人员的姓名</source>
        <translation>A helped case needs the helper&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="87"/>
        <source>帮办人员姓名不能超过{limit}个字</source>
        <translation>The helper&apos;s name can be at most {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="88"/>
        <source>帮办须选择需要帮办的原因（老年人、残疾人……）</source>
        <translation>A helped case needs the reason (elderly, disabled, …)</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="89"/>
        <source>帮办原因选“其他”时，请写明原因（{limit}字以内）</source>
        <translation>With &quot;Other&quot; as the reason, say what it is (at most {limit} characters)</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="90"/>
        <source>代办须填写代理人的姓名和身份证号码（可在读卡器上读取代理人的身份证）</source>
        <translation>A case by an agent needs the agent&apos;s name and ID number (read the agent&apos;s ID card on the reader)</translation>
    </message>
    <message>
        <location filename="../../app/domain/assistance.py" line="93"/>
        <source>代理人与申请人是同一人，不是代办：请改为本人办理</source>
        <translation>The agent is the applicant: that is no case by an agent; choose In person</translation>
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
        <source>{number}号已按未办理结束，不能再呼叫：请重新取号</source>
        <translation>Number {number} was closed as not served and cannot be called again: please take a new number</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="37"/>
        <source>{number}号正在{window}办理，不能重复呼叫</source>
        <translation>Number {number} is being served at {window} and cannot be called again</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="38"/>
        <source>另一窗口</source>
        <translation>another window</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="39"/>
        <source>{number}号当前为“{state}”，本窗口不能对它操作</source>
        <translation>Number {number} is &quot;{state}&quot;; this window cannot act on it</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="40"/>
        <source>{window}不办理“{category}”业务，请另选窗口或业务类别</source>
        <translation>{window} does not serve &quot;{category}&quot;; choose another window or category</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="41"/>
        <source>目前没有窗口办理“{category}”业务，无法转入</source>
        <translation>No window serves &quot;{category}&quot; now; it cannot be transferred there</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="42"/>
        <source>已呼叫{calls}次，再重呼{more}次后方可过号</source>
        <translation>Called {calls} times; recall {more} more times before marking a no-show</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="43"/>
        <source>“{text}”不是有效的排队号：应为字母加三位数字，如A012</source>
        <translation>&quot;{text}&quot; is not a valid ticket number: a letter and three digits, e.g. A012</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="65"/>
        <source>现场取号</source>
        <translation>Walk-in</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="66"/>
        <source>刷身份证取号</source>
        <translation>Swipe ID card</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="67"/>
        <source>预约签到</source>
        <translation>Appointment check-in</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="68"/>
        <source>离线取号</source>
        <translation>Offline kiosk</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="69"/>
        <location filename="../../app/services/queue/window.py" line="79"/>
        <source>纸质号票</source>
        <translation>Paper ticket</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="85"/>
        <source>普通</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="86"/>
        <source>军人优先</source>
        <translation>Servicemen first</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="87"/>
        <source>绿色通道</source>
        <translation>Green channel</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="88"/>
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
        <location filename="../../app/services/queue/window.py" line="57"/>
        <source>请选择要转往的业务类别或窗口</source>
        <translation>Choose the category or window to transfer to</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="58"/>
        <source>单机模式</source>
        <translation>Standalone</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="59"/>
        <source>连不上中心服务器</source>
        <translation>The central server cannot be reached</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="60"/>
        <source>再按一次重试（不会重复执行），或</source>
        <translation>press again to retry (it will not be done twice), or </translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="61"/>
        <source>{why}，无法自动叫号：{retry}按群众纸质号票上的号码叫号（Shift+F7）。</source>
        <translation>{why}; no automatic call: {retry}call the number on the applicant&apos;s paper ticket (Shift+F7).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="64"/>
        <source>{why}，{action}未执行：{retry}按纸质号票叫号（Shift+F7）。</source>
        <translation>{why}; could not {action}: {retry}call by paper ticket (Shift+F7).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="65"/>
        <source>已按纸质号票叫{number}号（离线记录，已存入本机，恢复连接后自动上报）。请口头或以叫号器呼叫。</source>
        <translation>Called {number} from a paper ticket (an offline record, kept on this PC and reported once connected). Please call it aloud or with the caller.</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="69"/>
        <source>{number}号是离线叫的号，叫号屏不会显示：请口头再呼叫一次。</source>
        <translation>{number} was called offline and is not on the hall display: please call it aloud again.</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="70"/>
        <source>{number}号是离线按纸质号票叫的号，不能转移：请引导群众到相应窗口，或在服务器恢复后重新取号。</source>
        <translation>{number} was called offline from a paper ticket and cannot be transferred: guide the applicant to the right window, or take a new number once the server is back.</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="74"/>
        <source>{number}号未到，已取消这次离线叫号。</source>
        <translation>{number} did not come; this offline call is cancelled.</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="75"/>
        <source>{number}号已办结（离线记录，恢复连接后自动上报）。</source>
        <translation>{number} finished (an offline record, reported once connected).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="76"/>
        <source>{number}号已办结（离线记录）。</source>
        <translation>{number} finished (an offline record).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="77"/>
        <source>离线期间叫的号已上报服务器（{sent}条）。</source>
        <translation>The numbers called offline were reported to the server ({sent}).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="78"/>
        <source>{count}条离线记录未被服务器接受：{reason}</source>
        <translation>{count} offline records were not accepted by the server: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="80"/>
        <source>中心服务器要求您重新登录后才能叫号（您是离线登录的，或登录已过期）：请按“切换用户”重新登录；在此之前可按群众纸质号票叫号（Shift+F7）。</source>
        <translation>The central server wants you to sign in again before calling (you signed in offline, or the sign-in expired): press &quot;Switch user&quot; to sign in; until then call by paper ticket (Shift+F7).</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/window.py" line="85"/>
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
        <translation>No tickets for &quot;{name}&quot; today; please ask at the service desk.</translation>
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
        <translation>The server cannot be reached, and this kiosk&apos;s offline numbers for &quot;{name}&quot; today ({first}–{last}) are used up; please ask at the service desk.</translation>
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
        <location filename="../../app/services/pages/service.py" line="49"/>
        <source>办件已“{status}”，只能为容缺后补的材料添加扫描件，“{name}”不是</source>
        <translation>The case is already &quot;{status}&quot;: scans can only be added to deferred materials, and &quot;{name}&quot; is not one</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="52"/>
        <source>办件已“{status}”，扫描件不能再添加或修改</source>
        <translation>The case is already &quot;{status}&quot;: scans can no longer be added or changed</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="53"/>
        <source>扫描件的图像文件不在本机（可能已被删除）：请重新扫描该页。</source>
        <translation>The scan&apos;s image file is not on this PC (it may have been deleted): please scan the page again.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="60"/>
        <source>扫描件的图像文件已损坏：请删除该页后重新扫描。</source>
        <translation>The scan&apos;s image file is damaged: delete the page and scan it again.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="61"/>
        <source>找不到该扫描件，可能已被删除。</source>
        <translation>Scan not found; it may have been deleted.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="62"/>
        <source>这一页与该材料中已有的扫描件完全相同，未重复添加。</source>
        <translation>This page is identical to a scan the material already has; it was not added twice.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="63"/>
        <source>第{n}个文件：{problem}</source>
        <translation>File {n}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="64"/>
        <source>扫描件未添加。{problems}</source>
        <translation>No scan was added. {problems}</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="65"/>
        <source>扫描件无法写入本机磁盘（{error}），未添加：请检查磁盘空间。</source>
        <translation>The scan could not be written to this PC&apos;s disk ({error}) and was not added: please check the disk space.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="66"/>
        <source>找不到该办件，可能已被放弃或删除。</source>
        <translation>Case not found; it may have been discarded or deleted.</translation>
    </message>
    <message>
        <location filename="../../app/services/pages/service.py" line="67"/>
        <source>{text}。</source>
        <translation>{text}.</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/session.py" line="35"/>
        <source>本控制台尚未登记到中心服务器：请用 --server 服务器地址 和 --enrol-code 登记码 启动。</source>
        <translation>This console is not enrolled with a central server: start it with --server URL and --enrol-code CODE.</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/session.py" line="38"/>
        <location filename="../../app/services/sign_in.py" line="57"/>
        <source>请输入用户名和密码</source>
        <translation>Please enter the user name and password</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/session.py" line="39"/>
        <source>{name}不能登录大厅管理控制台：只允许大厅管理员、系统管理员或本大厅的后台审批账号登录。</source>
        <translation>{name} cannot sign in to the hall manager&apos;s console: only hall managers, system administrators and back-office accounts of this hall may sign in.</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/session.py" line="42"/>
        <source>大厅管理控制台只允许大厅管理员、系统管理员或本大厅的后台审批账号登录（服务器答复：{detail}）</source>
        <translation>Only hall managers, system administrators and back-office accounts of this hall may sign in to the hall manager&apos;s console (the server says: {detail})</translation>
    </message>
    <message>
        <source>{name}不是大厅管理员：大厅管理控制台只允许大厅管理员或系统管理员登录。</source>
        <translation type="vanished">{name} is not a hall manager: only hall managers and administrators may sign in to the hall manager&apos;s console.</translation>
    </message>
    <message>
        <source>大厅管理控制台只允许大厅管理员或系统管理员登录（服务器答复：{detail}）</source>
        <translation type="vanished">Only hall managers and administrators may sign in to the hall manager&apos;s console (the server says: {detail})</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="58"/>
        <source>无法连接中心服务器，本机也还没有可用于离线登录的账号：请在网络恢复后登录</source>
        <translation>The central server cannot be reached and this PC has no account for offline sign-in yet: please sign in once the network is back</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="61"/>
        <source>无法连接中心服务器，本机没有账号“{name}”的登录记录：请核对用户名或在联网时登录</source>
        <translation>The central server cannot be reached and this PC has no record of account &quot;{name}&quot;: check the user name or sign in while online</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="64"/>
        <source>该账号已停用，请联系大厅管理员</source>
        <translation>This account is disabled; please contact the hall manager</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="65"/>
        <source>连续 {failures} 次登录失败，账号“{name}”已暂时锁定，请 1 分钟后再试</source>
        <translation>{failures} failed sign-ins in a row: account &quot;{name}&quot; is locked for now; try again in 1 minute</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="66"/>
        <source>密码不正确。已连续 {failures} 次失败，账号已暂时锁定，请 1 分钟后再试</source>
        <translation>Wrong password. {failures} failures in a row: the account is locked for now; try again in 1 minute</translation>
    </message>
    <message>
        <location filename="../../app/services/sign_in.py" line="69"/>
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
        <location filename="../../app/services/documents/output.py" line="32"/>
        <source>无法保存文书到 {folder}：{error}。本次操作未生效，请检查磁盘后重试</source>
        <translation>The document could not be saved to {folder}: {error}. Nothing of this step was kept; check the disk and try again</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/output.py" line="35"/>
        <source>找不到该文书</source>
        <translation>Document not found</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/output.py" line="36"/>
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
        <translation>Case {number} is &quot;{status}&quot; and has no pickup slip; it can be printed between acceptance and issue.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="45"/>
        <source>{number} 的取件凭条</source>
        <translation>The pickup slip of {number}</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="46"/>
        <source>预约凭条（{code}）</source>
        <translation>The booking slip ({code})</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="47"/>
        <source>测试页</source>
        <translation>The test page</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="48"/>
        <source>{what}无法生成：{problem}</source>
        <translation>{what} could not be produced: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="49"/>
        <source>{what}未打印：{problem}该凭条已保留（现有{count}张待重打），处理好打印机后重打即可。</source>
        <translation>{what} was not printed: {problem} The slip is kept ({count} waiting to be reprinted); reprint once the printer is fixed.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="52"/>
        <source>{what}已打印。</source>
        <translation>{what} is printed.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="53"/>
        <source>{what}已打印。另有{waiting}。</source>
        <translation>{what} is printed. Also {waiting}.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="54"/>
        <source>已重打 {count} 张凭条。</source>
        <translation>{count} slips reprinted.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="55"/>
        <source>{done}重打未完成：{error}仍有{waiting}。</source>
        <translation>{done} Reprinting stopped: {error} Still {waiting}.</translation>
    </message>
    <message>
        <location filename="../../app/services/documents/slips.py" line="56"/>
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
        <location filename="../../app/domain/working_days.py" line="66"/>
        <source>{where}中的“{value}”不是有效日期，应写成YYYY-MM-DD，例如2027-01-01。</source>
        <translation>&quot;{value}&quot; in {where} is not a valid date; write it as YYYY-MM-DD, e.g. 2027-01-01.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="69"/>
        <source>{where}中的日期段“{value}”无效：结束日期不能早于开始日期，且一段不能超过{days}天。</source>
        <translation>The date range &quot;{value}&quot; in {where} is invalid: the end cannot be before the start, and a range is at most {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="72"/>
        <source>{day}不属于{year}年，不能写在{year}年的安排中。</source>
        <translation>{day} is not in {year} and cannot be in the {year} schedule.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="73"/>
        <source>{day}同时出现在{first}和{second}中，请只保留一处。</source>
        <translation>{day} is both in {first} and in {second}; keep it in one place only.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="74"/>
        <source>放假日期</source>
        <translation>the days off</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="75"/>
        <source>调休上班日期</source>
        <translation>the make-up working days</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="76"/>
        <source>闭厅日期</source>
        <translation>the closure days</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="77"/>
        <source>额外工作日</source>
        <translation>the extra working days</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="78"/>
        <source>{year}年的位置上放的是{other}年的安排。</source>
        <translation>The place of {year} holds the schedule of {other}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="79"/>
        <source>节假日设置应为一个JSON对象（{{…}}）。</source>
        <translation>The holiday settings must be a JSON object ({{…}}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="80"/>
        <source>节假日设置</source>
        <translation>the holiday settings</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="81"/>
        <source>这不是OneWindow的节假日设置文件（format应为{format}）。</source>
        <translation>This is not a OneWindow holiday settings file (format must be {format}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="82"/>
        <source>不支持的节假日设置版本：{version}（应为{expected}）。</source>
        <translation>Unsupported holiday settings version: {version} (must be {expected}).</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="83"/>
        <source>years应为以年份为键的对象，例如 {{&quot;2027&quot;: {{…}}}}。</source>
        <translation>years must be an object keyed by year, e.g. {{&quot;2027&quot;: {{…}}}}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="84"/>
        <source>years中的“{key}”不是四位年份。</source>
        <translation>&quot;{key}&quot; in years is not a four-digit year.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="85"/>
        <source>{year}年安排</source>
        <translation>the {year} schedule</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="86"/>
        <source>{where}应为一个对象，例如 {{&quot;provisional&quot;: true}}。</source>
        <translation>{where} must be an object, e.g. {{&quot;provisional&quot;: true}}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="87"/>
        <source>{where}的provisional只能是true或false。</source>
        <translation>provisional in {where} can only be true or false.</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="88"/>
        <source>{where}的放假日期(holidays)</source>
        <translation>the days off (holidays) of {where}</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="89"/>
        <source>{where}的调休上班日期(workdays)</source>
        <translation>the make-up working days (workdays) of {where}</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="90"/>
        <source>闭厅日期(closures)</source>
        <translation>the closure days (closures)</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="91"/>
        <source>额外工作日(extra_workdays)</source>
        <translation>the extra working days (extra_workdays)</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="92"/>
        <source>{where}应为日期列表，例如 [&quot;2027-01-01&quot;]。</source>
        <translation>{where} must be a list of dates, e.g. [&quot;2027-01-01&quot;].</translation>
    </message>
    <message>
        <location filename="../../app/domain/working_days.py" line="93"/>
        <source>{where}中有无法识别的项：{keys}（可用的项：{allowed}）。</source>
        <translation>{where} has unknown entries: {keys} (allowed: {allowed}).</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/case_views.py" line="34"/>
        <source>受理通知书</source>
        <translation>Acceptance notice</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/case_views.py" line="35"/>
        <source>一次性告知书</source>
        <translation>Deficiency notice</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/case_views.py" line="36"/>
        <source>不予受理通知书</source>
        <translation>Refusal notice</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/case_views.py" line="37"/>
        <source>出件登记单</source>
        <translation>Issue record</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/case_views.py" line="38"/>
        <source>授权委托书</source>
        <translation>Letter of authorisation</translation>
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
        <translation>year must be a four-digit year such as 2027, not &quot;{year}&quot;.</translation>
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
        <translation>the dates of &quot;{name}&quot; in names</translation>
    </message>
    <message>
        <location filename="../../app/domain/calendar_years.py" line="78"/>
        <source>“{name}”中的{day}不在放假日期(holidays)中。</source>
        <translation>{day} of &quot;{name}&quot; is not among the days off (holidays).</translation>
    </message>
    <message>
        <location filename="../../app/services/sync/terminal_identity.py" line="26"/>
        <source>登记失败：{detail}</source>
        <translation>Enrolment failed: {detail}</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="32"/>
        <source>请至少输入一项查找条件：办件编号、姓名、证件号码、电话或受理日期。</source>
        <translation>Enter at least one thing to search by: case number, name, ID number, phone or intake date.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="35"/>
        <source>{field}最多{limit}个字符，您输入了{length}个，请核对。</source>
        <translation>{field} takes at most {limit} characters; you typed {length}. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="36"/>
        <source>办件编号至少输入{minimum}位（可只输入编号的一部分，如末尾的序号）。</source>
        <translation>Type at least {minimum} characters of the case number (part of it is enough, e.g. the sequence at its end).</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="39"/>
        <source>办件编号只含数字、字母和“-”，“{char}”不在其中，请核对。</source>
        <translation>A case number has only digits, letters and &quot;-&quot;; &quot;{char}&quot; is not one of them. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="40"/>
        <source>证件号码须输入完整号码（按完整号码查找），您只输入了{length}位，请对照证件核对。</source>
        <translation>Type the whole ID number (it is searched whole); you typed only {length} characters. Please check against the card.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="47"/>
        <source>证件号码只含数字和字母，“{char}”不在其中，请核对。</source>
        <translation>An ID number has only digits and letters; &quot;{char}&quot; is not one of them. Please check.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="48"/>
        <source>电话号码只能输入数字（可带空格或“-”），“{char}”不是数字。</source>
        <translation>A phone number takes digits only (spaces or &quot;-&quot; allowed); &quot;{char}&quot; is not a digit.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="49"/>
        <source>电话号码至少输入{minimum}位数字（完整号码，或手机号的后{minimum}位），您输入了{length}位。</source>
        <translation>Type at least {minimum} digits of the phone number (the whole number, or the last {minimum} of a mobile); you typed {length}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="43"/>
        <source>姓名至少输入{minimum}个字（完整姓名，或姓名中连续的几个字）：只输入一个字会列出许多人的办件。</source>
        <translation>Type at least {minimum} characters of the name (the whole name, or several characters of it in a row): one character alone would list many people&apos;s cases.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="52"/>
        <source>起始日期{start:%Y-%m-%d}晚于截止日期{end:%Y-%m-%d}，请调换或改正。</source>
        <translation>The start date {start:%Y-%m-%d} is after the end date {end:%Y-%m-%d}. Swap or correct them.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="55"/>
        <source>受理日期最多查找{days}天，请缩小日期范围。</source>
        <translation>Intake dates can be searched over {days} days at most. Please narrow the range.</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="56"/>
        <location filename="../../app/services/manager/assisted.py" line="27"/>
        <location filename="../../app/services/unresolved_reports.py" line="36"/>
        <source>办件编号</source>
        <translation>Case number</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="57"/>
        <location filename="../../app/domain/unresolved_reports.py" line="132"/>
        <source>姓名</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="58"/>
        <source>证件号码</source>
        <translation>ID number</translation>
    </message>
    <message>
        <location filename="../../app/domain/case_search.py" line="59"/>
        <source>电话号码</source>
        <translation>Phone number</translation>
    </message>
    <message>
        <location filename="../../app/domain/decision_applicant.py" line="21"/>
        <source>本事项须填写申请人联系电话（用于告知办理结果）</source>
        <translation>This matter requires the applicant&apos;s phone number (to tell them the result)</translation>
    </message>
    <message>
        <location filename="../../app/domain/decision_applicant.py" line="22"/>
        <source>本事项须填写申请人住址（用于送达）</source>
        <translation>This matter requires the applicant&apos;s address (for delivery)</translation>
    </message>
    <message>
        <location filename="../../app/domain/parties.py" line="21"/>
        <source>{party}：{problem}</source>
        <translation>{party}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/domain/parties.py" line="23"/>
        <source>男方</source>
        <translation>Male party</translation>
    </message>
    <message>
        <location filename="../../app/domain/parties.py" line="23"/>
        <source>女方</source>
        <translation>Female party</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/hall_cases.py" line="46"/>
        <source>这件办件不在本机，且现在连不上服务器：请联网后再打开，或请受理窗口协助。</source>
        <translation>This case is not on this PC and the server cannot be reached now: open it once online, or ask the window that took it in.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/hall_cases.py" line="49"/>
        <source>未能从服务器取得这件办件：{reason}</source>
        <translation>Could not get this case from the server: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/search.py" line="43"/>
        <source>未连接服务器：只查找了本机的办件。</source>
        <translation>Not connected to the server: only this PC&apos;s cases were searched.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/search.py" line="44"/>
        <source>本机未连接大厅服务器：只查找了本机的办件。</source>
        <translation>This PC is not connected to a hall server: only its own cases were searched.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/search.py" line="45"/>
        <source>服务器未能查找（{reason}）：只查找了本机的办件。</source>
        <translation>The server could not search ({reason}): only this PC&apos;s cases were searched.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/search.py" line="46"/>
        <source>未在服务器上登录（离线登录）：只查找了本机的办件；联网后重新登录即可查找全大厅的办件。</source>
        <translation>Not signed in with the server (signed in offline): only this PC&apos;s cases were searched. Sign in again once online to search the whole hall&apos;s cases.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/search.py" line="49"/>
        <source>符合条件的办件超过{limit}件，只显示最近的{limit}件，请缩小范围。</source>
        <translation>More than {limit} cases match; only the latest {limit} are shown. Please narrow the search.</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/search.py" line="52"/>
        <source>已查找本机和大厅服务器上的办件。</source>
        <translation>Searched this PC&apos;s cases and the hall server&apos;s.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="48"/>
        <source>{where}中的“{value}”不是有效的时段，应写成09:00-12:00（开始早于结束）。</source>
        <translation>&quot;{value}&quot; in {where} is not a valid time span; write it as 09:00-12:00 (start before end).</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="51"/>
        <source>{where}中的时段{first}与{second}重叠或顺序颠倒，请按时间先后填写。</source>
        <translation>In {where} the spans {first} and {second} overlap or are out of order; list them by time.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="52"/>
        <source>{where}最多填写{count}个时段。</source>
        <translation>{where} takes at most {count} time spans.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="53"/>
        <source>闭厅日期“{value}”无效：结束日期不能早于开始日期，且一次闭厅不能超过{days}天。</source>
        <translation>Closure &quot;{value}&quot; is not valid: the end may not be before the start, and one closure may not exceed {days} days.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="56"/>
        <source>请填写{first}起闭厅的原因（不超过{length}字）。</source>
        <translation>Give the reason for the closure from {first} (at most {length} characters).</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="57"/>
        <source>闭厅日期{first}至{last}与另一次闭厅重叠，请合并为一次。</source>
        <translation>The closure {first} to {last} overlaps another one; merge them into one.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="58"/>
        <source>闭厅安排最多{count}条，请删除已过去的闭厅。</source>
        <translation>At most {count} closures; delete the ones that are over.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="59"/>
        <source>设定营业时间时，工作日至少要有一个时段（例如09:00-17:00）；不限时间请取消设定。</source>
        <translation>With opening hours set, working days need at least one time span (e.g. 09:00-17:00); to open at any time, clear the setting.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="62"/>
        <source>营业时间应为一个对象，包含workday、saturday、sunday和closures。</source>
        <translation>The hours should be an object with workday, saturday, sunday and closures.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="64"/>
        <location filename="../../app/services/manager/calendar.py" line="42"/>
        <source>工作日</source>
        <translation>Working days</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="65"/>
        <location filename="../../app/services/manager/calendar.py" line="43"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="66"/>
        <location filename="../../app/services/manager/calendar.py" line="44"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="67"/>
        <source>{days} {sessions}</source>
        <translation>{days} {sessions}</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="68"/>
        <source>{days}不办公</source>
        <translation>{days} closed</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="70"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="71"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="72"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="73"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="74"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="78"/>
        <source>{day:%Y-%m-%d}（{weekday}）{at}</source>
        <translation>{weekday} {day:%Y-%m-%d} {at}</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="79"/>
        <source>本大厅{first}至{last}闭厅（{reason}）</source>
        <translation>The hall is closed from {first} to {last} ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="80"/>
        <source>本大厅今日闭厅（{reason}）</source>
        <translation>The hall is closed today ({reason})</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="81"/>
        <source>今日为法定节假日，大厅不办公</source>
        <translation>Today is a public holiday; the hall is closed</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="82"/>
        <source>今日为休息日，大厅不办公</source>
        <translation>Today is a rest day; the hall is closed</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="83"/>
        <source>现在不在大厅办公时间内（今日{hours}）</source>
        <translation>The hall is outside its opening hours (today {hours})</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="84"/>
        <source>{why}，暂停取号。下次开放：{when}。</source>
        <translation>{why}; no numbers are issued now. Next opening: {when}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_hours.py" line="85"/>
        <source>{why}，暂停取号。近期没有开放安排，请咨询大厅。</source>
        <translation>{why}; no numbers are issued now. No opening is planned soon; please ask the hall.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="38"/>
        <location filename="../../app/domain/unresolved_reports.py" line="70"/>
        <source>待分派</source>
        <translation>To assign</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="39"/>
        <location filename="../../app/domain/unresolved_reports.py" line="71"/>
        <source>办理中</source>
        <translation>In hand</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="40"/>
        <source>待审核</source>
        <translation>To check</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="57"/>
        <location filename="../../app/domain/unresolved_reports.py" line="89"/>
        <source>分派</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="58"/>
        <source>记录回访与整改</source>
        <translation>Record call-back and fix</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="59"/>
        <location filename="../../app/domain/unresolved_reports.py" line="91"/>
        <location filename="../../app/services/manager/unresolved.py" line="48"/>
        <source>办结</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="60"/>
        <source>退回</source>
        <translation>Send back</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="72"/>
        <source>该差评回访处于“{state}”状态，不能{move}。</source>
        <translation>This bad-rating follow-up is &quot;{state}&quot;: it cannot be given &quot;{move}&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="105"/>
        <source>电话</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="106"/>
        <source>上门</source>
        <translation>Home visit</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="107"/>
        <source>短信</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="108"/>
        <source>现场</source>
        <translation>In the hall</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="125"/>
        <source>复核待决定</source>
        <translation>Review pending</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="126"/>
        <source>维持评价</source>
        <translation>Rating stands</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="127"/>
        <source>认定恶意，不计入统计</source>
        <translation>Malicious, left out of the statistics</translation>
    </message>
    <message>
        <location filename="../../app/domain/rating_followups.py" line="130"/>
        <source>整改期限应为1至{limit}个工作日，现为{days}。</source>
        <translation>The follow-up deadline must be 1 to {limit} working days, not {days}.</translation>
    </message>
    <message>
        <location filename="../../app/domain/statistics.py" line="36"/>
        <source>统计期间最长{limit}天，所选期间为{days}天，请缩短</source>
        <translation>A statistics period is at most {limit} days; the chosen one has {days} days. Please shorten it.</translation>
    </message>
    <message>
        <location filename="../../app/domain/statistics.py" line="37"/>
        <source>统计期间的结束日期{end:%Y-%m-%d}早于开始日期{start:%Y-%m-%d}</source>
        <translation>The period&apos;s end date {end:%Y-%m-%d} is before its start date {start:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../app/domain/statistics.py" line="75"/>
        <source>全大厅</source>
        <translation>Whole hall</translation>
    </message>
    <message>
        <location filename="../../app/domain/statistics.py" line="76"/>
        <source>按业务类别</source>
        <translation>By category</translation>
    </message>
    <message>
        <location filename="../../app/domain/statistics.py" line="77"/>
        <source>按窗口</source>
        <translation>By window</translation>
    </message>
    <message>
        <location filename="../../app/domain/statistics.py" line="78"/>
        <source>按工作人员</source>
        <translation>By clerk</translation>
    </message>
    <message>
        <location filename="../../app/domain/statistics.py" line="79"/>
        <source>按事项</source>
        <translation>By matter</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="50"/>
        <location filename="../../app/domain/statistics.py" line="83"/>
        <source>非常满意</source>
        <translation>Very satisfied</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="51"/>
        <location filename="../../app/domain/statistics.py" line="84"/>
        <source>满意</source>
        <translation>Satisfied</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="52"/>
        <location filename="../../app/domain/statistics.py" line="85"/>
        <source>基本满意</source>
        <translation>Fairly satisfied</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="53"/>
        <location filename="../../app/domain/statistics.py" line="86"/>
        <source>不满意</source>
        <translation>Dissatisfied</translation>
    </message>
    <message>
        <location filename="../../app/domain/ratings.py" line="54"/>
        <location filename="../../app/domain/statistics.py" line="87"/>
        <source>非常不满意</source>
        <translation>Very dissatisfied</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_alarms.py" line="71"/>
        <source>等候人数上限应为1至{limit}之间的整数，或不设。</source>
        <translation>The most people waiting must be a whole number from 1 to {limit}, or not set.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_alarms.py" line="72"/>
        <source>最长等候时间上限应为1至{limit}分钟，或不设。</source>
        <translation>The longest wait must be 1 to {limit} minutes, or not set.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_alarms.py" line="73"/>
        <source>窗口空闲时间上限应为1至{limit}分钟，或不设。</source>
        <translation>The window idle time must be 1 to {limit} minutes, or not set.</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_alarms.py" line="95"/>
        <source>{category}等候{waiting}人，超过上限{limit}人</source>
        <translation>{category}: {waiting} waiting, more than the limit of {limit}</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_alarms.py" line="96"/>
        <source>{category}最长已等候{minutes}分钟，超过上限{limit}分钟</source>
        <translation>{category}: the longest wait is {minutes} min, past the limit of {limit} min</translation>
    </message>
    <message>
        <location filename="../../app/domain/hall_alarms.py" line="97"/>
        <source>{window}已空闲{minutes}分钟（上限{limit}分钟），而{category}仍有{waiting}人等候</source>
        <translation>{window} idle for {minutes} min (limit {limit} min) while {waiting} wait for {category}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/calendar.py" line="37"/>
        <source>未能从“{sentence}”中读出日期，请检查后再粘贴，或在日历上逐日标记。</source>
        <translation>No date could be read from &quot;{sentence}&quot;; check it and paste again, or mark the days on the calendar.</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/calendar.py" line="38"/>
        <source>“{sentence}”中的日期{month}月{day}日不存在。</source>
        <translation>The date {month}/{day} in &quot;{sentence}&quot; does not exist.</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/calendar.py" line="39"/>
        <source>粘贴的文字中没有找到放假安排（应有“……放假……”的句子），请粘贴国务院办公厅通知的正文。</source>
        <translation>No days off found in the pasted text (a sentence with &quot;放假&quot; is expected); paste the text of the State Council&apos;s notice.</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="42"/>
        <source>差评回访开启，办结期限{due}</source>
        <translation>Follow-up opened, due {due}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="43"/>
        <location filename="../../app/services/manager/unresolved.py" line="46"/>
        <source>分派给{name}</source>
        <translation>Assigned to {name}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="44"/>
        <source>回访（{method}，{when}）：{said}；整改：{remedy}</source>
        <translation>Call-back ({method}, {when}): {said}; fix: {remedy}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="45"/>
        <source>退回：{reason}</source>
        <translation>Sent back: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="46"/>
        <source>办结：{note}</source>
        <translation>Closed: {note}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="47"/>
        <source>窗口人员申请复核：{reason}</source>
        <translation>The clerk asked for review: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="48"/>
        <source>复核决定：{decision}（{note}）</source>
        <translation>Review decided: {decision} ({note})</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="49"/>
        <location filename="../../app/services/manager/unresolved.py" line="50"/>
        <source>{kind}</source>
        <translation>{kind}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="50"/>
        <source>—（期间内无评价）</source>
        <translation>- (no ratings in the period)</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="51"/>
        <source>{percent}%（{part}/{whole}）</source>
        <translation>{percent}% ({part}/{whole})</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="211"/>
        <source>请填写{field}。</source>
        <translation>Please fill in {field}.</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="212"/>
        <source>{field}不能超过{limit}个字。</source>
        <translation>{field} cannot be longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="214"/>
        <source>申请人回访意见</source>
        <translation>what the applicant said</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="215"/>
        <source>整改情况</source>
        <translation>what was remedied</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="48"/>
        <source>材料要求不明确或反复补正</source>
        <translation>Unclear or repeated material requests</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="49"/>
        <source>找不到办理事项或窗口</source>
        <translation>No matter or window to be found</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="50"/>
        <source>窗口推诿或不予受理理由不清</source>
        <translation>Passed on, or refused without a clear reason</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="52"/>
        <source>系统故障或网络中断</source>
        <translation>System or network failure</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="53"/>
        <source>政策不明确或跨部门难协调</source>
        <translation>Unclear policy, departments not coordinating</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="72"/>
        <source>已答复待审核</source>
        <translation>Answered, to check</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="90"/>
        <source>记录解决情况与答复</source>
        <translation>Record the resolution and answer</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="92"/>
        <source>退回重办</source>
        <translation>Send back to redo</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="118"/>
        <source>已办成</source>
        <translation>Got done</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="119"/>
        <source>部分解决</source>
        <translation>Partly resolved</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="120"/>
        <source>无法办理，已说明依据</source>
        <translation>Cannot be done; grounds explained</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="123"/>
        <source>该办不成事反映处于“{state}”状态，不能{move}。</source>
        <translation>This report is &quot;{state}&quot;: it cannot be given &quot;{move}&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="124"/>
        <source>请填写反映人的姓名</source>
        <translation>Please enter the name of the person reporting</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="125"/>
        <source>{field}不能超过{limit}个字</source>
        <translation>{field} cannot be longer than {limit} characters</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="126"/>
        <source>请填写反映人的联系电话：答复要打给他</source>
        <translation>Please enter the reporter&apos;s phone: the answer is given there</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="128"/>
        <source>请写明办不成的是什么事、卡在哪里（至少{least}个字）</source>
        <translation>Please say what could not be done and where it got stuck (at least {least} characters)</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="129"/>
        <source>请写明怎样解决的，或为什么无法办理及其依据</source>
        <translation>Please say how it was resolved, or why it cannot be done and on what grounds</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="130"/>
        <source>请写明答复申请人的内容</source>
        <translation>Please enter what the applicant was told</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="131"/>
        <source>请写明退回的原因</source>
        <translation>Please give the reason for sending it back</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="133"/>
        <source>问题描述</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="135"/>
        <source>事项名称</source>
        <translation>Matter name</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="136"/>
        <source>解决情况</source>
        <translation>Resolution</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="137"/>
        <source>答复内容</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="138"/>
        <location filename="../../app/services/manager/followups.py" line="216"/>
        <source>退回原因</source>
        <translation>the reason for sending back</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="224"/>
        <source>答复日期{day}在今天之后</source>
        <translation>The answer date {day} is after today</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/followups.py" line="217"/>
        <source>说明</source>
        <translation>the note</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="43"/>
        <source>大厅</source>
        <translation>Hall</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="44"/>
        <source>业务类别</source>
        <translation>Category</translation>
    </message>
    <message>
        <location filename="../../app/domain/unresolved_reports.py" line="134"/>
        <location filename="../../app/services/manager/assisted.py" line="34"/>
        <location filename="../../app/services/manager/statistics.py" line="45"/>
        <source>窗口</source>
        <translation>Window</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="46"/>
        <source>工作人员</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/assisted.py" line="22"/>
        <source>未能读取帮办代办台账：{reason}</source>
        <translation>The assisted cases ledger could not be read: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/assisted.py" line="23"/>
        <source>台账未能保存到{path}：{reason}</source>
        <translation>The ledger could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/assisted.py" line="24"/>
        <source>期间内帮办代办办件超过{limit}件，只列出最近的{limit}件：请缩短期间。</source>
        <translation>More than {limit} assisted cases in the period; the latest {limit} are listed: shorten the period.</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/assisted.py" line="28"/>
        <source>收件时间</source>
        <translation>Taken in</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/assisted.py" line="29"/>
        <location filename="../../app/services/manager/statistics.py" line="47"/>
        <source>事项</source>
        <translation>Matter</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/assisted.py" line="30"/>
        <source>方式</source>
        <translation>How applied</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/assisted.py" line="31"/>
        <source>帮办人员或代理人</source>
        <translation>Helper or agent</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/assisted.py" line="32"/>
        <source>帮办原因</source>
        <translation>Why helped</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/assisted.py" line="35"/>
        <source>受理人</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/assisted.py" line="36"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="51"/>
        <source>取号数</source>
        <translation>Tickets</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="52"/>
        <source>办结数</source>
        <translation>Served</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="53"/>
        <source>过号</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="54"/>
        <source>转移</source>
        <translation>Transfers</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="55"/>
        <source>平均等候(分)</source>
        <translation>Mean wait (min)</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="56"/>
        <source>等候P90(分)</source>
        <translation>Wait p90 (min)</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="57"/>
        <source>平均办理(分)</source>
        <translation>Mean service (min)</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="58"/>
        <source>办理P90(分)</source>
        <translation>Service p90 (min)</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="61"/>
        <source>受理</source>
        <translation>Accepted</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="62"/>
        <source>补正告知</source>
        <translation>Supplement notices</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="64"/>
        <source>超期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="67"/>
        <source>评价数</source>
        <translation>Ratings</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="68"/>
        <source>差评</source>
        <translation>Bad ratings</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="69"/>
        <source>满意率</source>
        <translation>Satisfaction</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="72"/>
        <source>办不成事</source>
        <translation>Unresolved</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="73"/>
        <source>{hall} 统计报表 {start:%Y-%m-%d} 至 {end:%Y-%m-%d}</source>
        <translation>{hall} statistics {start:%Y-%m-%d} to {end:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="74"/>
        <source>统计报表未能保存到{path}：{reason}</source>
        <translation>The statistics report could not be saved to {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/statistics.py" line="75"/>
        <source>{hall} 统计报表 {start:%Y-%m-%d}</source>
        <translation>{hall} statistics {start:%Y-%m-%d}</translation>
    </message>
    <message>
        <location filename="../../app/services/rating_reviews.py" line="25"/>
        <source>申请复核须连接中心服务器：本终端尚未登记或现在连不上服务器。</source>
        <translation>Asking for review needs the central server: this terminal is not enrolled or cannot reach it now.</translation>
    </message>
    <message>
        <location filename="../../app/services/rating_reviews.py" line="26"/>
        <source>请写明申请复核的理由。</source>
        <translation>Please write why the rating should be reviewed.</translation>
    </message>
    <message>
        <location filename="../../app/services/rating_reviews.py" line="27"/>
        <source>复核理由不能超过{limit}个字。</source>
        <translation>The reason for review cannot be longer than {limit} characters.</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/staffing.py" line="38"/>
        <source>{window}：由“{donor}”改办“{category}”</source>
        <translation>{window}: from &quot;{donor}&quot; to &quot;{category}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/staffing.py" line="39"/>
        <source>{window}：开始办理“{category}”</source>
        <translation>{window}: start serving &quot;{category}&quot;</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/staffing.py" line="40"/>
        <source>{category}预计平均等候 {before} → {after}</source>
        <translation>{category} expected mean wait {before} -&gt; {after}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/staffing.py" line="41"/>
        <source>{minutes:.1f}分钟</source>
        <translation>{minutes:.1f} min</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/staffing.py" line="42"/>
        <source>持续增长</source>
        <translation>keeps growing</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/staffing.py" line="43"/>
        <source>已采纳：{move}（调整单{change}，可在“窗口调度”中撤销）</source>
        <translation>Applied: {move} (change {change}; it can be undone under Window assignments)</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/staffing.py" line="44"/>
        <source>“{category}”的等候目标应为{low}至{high}分钟、{share_low}%至{share_high}%</source>
        <translation>The wait target of &quot;{category}&quot; must be {low} to {high} minutes and {share_low}% to {share_high}%</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/live_hall.py" line="33"/>
        <source>开放</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/live_hall.py" line="34"/>
        <source>暂停</source>
        <translation>Paused</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/live_hall.py" line="35"/>
        <source>已关闭</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/live_hall.py" line="36"/>
        <source>终端离线</source>
        <translation>Terminal offline</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/live_hall.py" line="38"/>
        <source>未收到本窗口终端的任何联系</source>
        <translation>No contact from this window&apos;s terminal</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/live_hall.py" line="39"/>
        <source>终端{terminal}最后联系：{at:%H:%M:%S}</source>
        <translation>Terminal {terminal} last heard at {at:%H:%M:%S}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/live_hall.py" line="40"/>
        <source>无人登录</source>
        <translation>Nobody signed in</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/live_hall.py" line="41"/>
        <source>{category}：{problems}</source>
        <translation>{category}: {problems}</translation>
    </message>
    <message>
        <location filename="../../app/domain/window_assignments.py" line="23"/>
        <source>大厅管理员调整了本窗口：{changes}</source>
        <translation>The hall manager changed this window: {changes}</translation>
    </message>
    <message>
        <location filename="../../app/domain/window_assignments.py" line="24"/>
        <source>大厅管理员开放了本窗口：{changes}</source>
        <translation>The hall manager opened this window: {changes}</translation>
    </message>
    <message>
        <location filename="../../app/domain/window_assignments.py" line="25"/>
        <source>大厅管理员关闭了本窗口，暂停叫号</source>
        <translation>The hall manager closed this window; no more calls here for now</translation>
    </message>
    <message>
        <location filename="../../app/domain/window_assignments.py" line="26"/>
        <source>新增 {category}（权重{weight}）</source>
        <translation>now serves {category} (weight {weight})</translation>
    </message>
    <message>
        <location filename="../../app/domain/window_assignments.py" line="27"/>
        <source>{category} 权重{before}→{after}</source>
        <translation>{category} weight {before}→{after}</translation>
    </message>
    <message>
        <location filename="../../app/domain/window_assignments.py" line="28"/>
        <source>停办 {category}</source>
        <translation>no longer serves {category}</translation>
    </message>
    <message>
        <location filename="../../app/domain/window_assignments.py" line="29"/>
        <source>{first}，{rest}</source>
        <translation>{first}, {rest}</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="27"/>
        <source>查看上报省平台的记录</source>
        <translation>Platform record read</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="28"/>
        <source>更正被省平台退回的记录</source>
        <translation>Refused platform record corrected</translation>
    </message>
    <message>
        <location filename="../../app/domain/audit_events.py" line="29"/>
        <source>重新上报记录</source>
        <translation>Platform record resent</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/platform.py" line="30"/>
        <source>已更正{case} {table}（{key}）的字段 {fields}，已重新排队，将随下一轮上报发出</source>
        <translation>Corrected {fields} of {case} {table} ({key}); queued again, it goes with the next round of reporting</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/platform.py" line="33"/>
        <source>{case} {table}（{key}）已按原样重新排队，将随下一轮上报发出</source>
        <translation>{case} {table} ({key}) is queued again unchanged; it goes with the next round of reporting</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/platform.py" line="34"/>
        <source>没有修改任何字段。若省平台已修正其自身的问题，请用“按原样重新上报”。</source>
        <translation>No field was changed. If the platform has put its own side right, use &quot;Resend unchanged&quot;.</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/platform.py" line="37"/>
        <source>更正内容无法发送：修改的字段过多或内容过长。</source>
        <translation>The correction cannot be sent: too many fields changed, or a text is too long.</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="90"/>
        <source>目录没有写明“{name}”对应哪种电子证照，请收取纸质材料</source>
        <translation>The catalog does not say which e-licence &quot;{name}&quot; is: please take the paper</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="91"/>
        <source>请先填写{who}的证件号码，再调取“{kind}”电子证照</source>
        <translation>Fill in the ID number of the {who} first, then look up the &quot;{kind}&quot; e-licence</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="92"/>
        <source>“{kind}”电子证照按居民身份证号码查询，{who}的证件不是居民身份证，请收取纸质材料</source>
        <translation>The &quot;{kind}&quot; e-licence is found by resident ID number, and the {who}&apos;s document is not a resident ID card: please take the paper</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="95"/>
        <source>“{kind}”电子证照按统一社会信用代码查询，申请人不是组织机构，请收取纸质材料</source>
        <translation>The &quot;{kind}&quot; e-licence is found by unified social credit code, and the applicant is not an organisation: please take the paper</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="98"/>
        <source>“{kind}”（编号{number}）已被注销，不能作为申请材料</source>
        <translation>The &quot;{kind}&quot; (No. {number}) has been cancelled and cannot be used as a material</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="99"/>
        <source>“{kind}”（编号{number}）已被吊销，不能作为申请材料</source>
        <translation>The &quot;{kind}&quot; (No. {number}) has been revoked and cannot be used as a material</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="100"/>
        <source>“{kind}”（编号{number}）已于{day}过期，请申请人先办理换证或提供有效证件</source>
        <translation>The &quot;{kind}&quot; (No. {number}) expired on {day}: the applicant needs to renew it or bring a valid one</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="103"/>
        <source>电子证照库返回的是“{kind}”，不是所需的“{wanted}”，未予采用</source>
        <translation>The library answered a &quot;{kind}&quot;, not the &quot;{wanted}&quot; needed: not taken</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="104"/>
        <source>“{kind}”（编号{number}）的签发日期{day}在今天之后，请核实</source>
        <translation>The &quot;{kind}&quot; (No. {number}) is dated {day}, after today: please check it</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="105"/>
        <source>电子证照库返回的“{kind}”不是{name}的，未予采用</source>
        <translation>The &quot;{kind}&quot; the library answered is not {name}&apos;s: not taken</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="106"/>
        <source>电子证照 编号{number}，{issuer}签发，有效期至{until}</source>
        <translation>E-licence No. {number}, issued by {issuer}, valid until {until}</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="107"/>
        <source>长期</source>
        <translation>no expiry</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="108"/>
        <location filename="../../app/services/manager/assisted.py" line="33"/>
        <source>申请人</source>
        <translation>applicant</translation>
    </message>
    <message>
        <location filename="../../app/domain/licences.py" line="109"/>
        <source>经办人</source>
        <translation>person handling it</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/licences.py" line="26"/>
        <source>本机未连接大厅服务器，不能调取电子证照：请收取纸质材料（按 1 已收取）</source>
        <translation>This PC is not connected to the hall&apos;s server, so no e-licence can be looked up: please take the paper (press 1, received)</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/licences.py" line="29"/>
        <source>电子证照现在查不了（{reason}）：请收取纸质材料（按 1 已收取）</source>
        <translation>E-licences cannot be looked up now ({reason}): please take the paper (press 1, received)</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/licences.py" line="30"/>
        <source>未在服务器上登录（离线登录），不能调取电子证照：请收取纸质材料，或联网后重新登录</source>
        <translation>Not signed in with the server (offline sign-in), so no e-licence can be looked up: please take the paper, or sign in again once online</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/licences.py" line="33"/>
        <source>电子证照库未能查询：{reason}</source>
        <translation>The e-licence library could not be asked: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/licences.py" line="34"/>
        <source>电子证照库中没有{name}的“{kind}”：请收取纸质材料</source>
        <translation>The e-licence library holds no &quot;{kind}&quot; of {name}: please take the paper</translation>
    </message>
    <message>
        <location filename="../../app/services/cases/licences.py" line="35"/>
        <source>{problem}：请收取纸质材料</source>
        <translation>{problem}: please take the paper</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/unresolved.py" line="43"/>
        <source>登记反映</source>
        <translation>Report taken</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/unresolved.py" line="44"/>
        <source>登记反映，办结期限{day}</source>
        <translation>Report taken, due {day}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/unresolved.py" line="45"/>
        <source>登记反映，办结期限{day}（暂按周末计算）</source>
        <translation>Report taken, due {day} (weekends only)</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/unresolved.py" line="47"/>
        <source>答复（{outcome}，{method}）：{reply}</source>
        <translation>Answered ({outcome}, {method}): {reply}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/unresolved.py" line="49"/>
        <source>退回重办：{reason}</source>
        <translation>Sent back to redo: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/unresolved.py" line="51"/>
        <source>请选择经办人（本大厅的大厅管理员或后台审批账号）</source>
        <translation>Please choose who handles it (a hall manager or back-office account of the hall)</translation>
    </message>
    <message>
        <location filename="../../app/services/unresolved_reports.py" line="32"/>
        <source>反映未登记：请按各栏下方的提示改正后再提交。</source>
        <translation>Report not taken: correct what is said under each field, then submit again.</translation>
    </message>
    <message>
        <location filename="../../app/services/unresolved_reports.py" line="33"/>
        <source>反映未登记：本窗口的设置（{fields}）超出服务器允许的长度，请联系运维人员。</source>
        <translation>Report not taken: this window&apos;s settings ({fields}) are longer than the server allows; please call the support staff.</translation>
    </message>
    <message>
        <location filename="../../app/services/unresolved_reports.py" line="37"/>
        <source>本地数据库写入失败，反映未登记：{error}</source>
        <translation>The local database could not be written; the report was not taken: {error}</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="46"/>
        <source>窗口预约</source>
        <translation>Booked at a window</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="47"/>
        <source>电话预约</source>
        <translation>Booked by phone</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="48"/>
        <source>网上预约</source>
        <translation>Booked online</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="89"/>
        <source>每个时段应为{low}至{high}分钟，现为{value}</source>
        <translation>A slot must be {low} to {high} minutes, not {value}</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="90"/>
        <source>每个时段可约人数应为0至{high}，现为{value}</source>
        <translation>Places per slot must be 0 to {high}, not {value}</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="91"/>
        <source>可提前预约的天数应为1至{high}，现为{value}</source>
        <translation>Days bookable ahead must be 1 to {high}, not {value}</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="92"/>
        <source>{what}应为{low}至{high}，现为{value}</source>
        <translation>{what} must be {low} to {high}, not {value}</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="93"/>
        <source>每人未到期的预约数</source>
        <translation>Open bookings per person</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="94"/>
        <source>爽约次数</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="95"/>
        <source>爽约统计天数</source>
        <translation>Days no-shows are counted over</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="96"/>
        <source>限制网上预约天数</source>
        <translation>Days online booking is barred</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="98"/>
        <source>{day}大厅闭厅（{reason}），不能预约</source>
        <translation>The hall is closed on {day} ({reason}): no bookings</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="99"/>
        <source>{day}是法定节假日，大厅不开放，不能预约</source>
        <translation>{day} is a public holiday and the hall is closed: no bookings</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="100"/>
        <source>{day}大厅休息，不能预约</source>
        <translation>The hall does not open on {day}: no bookings</translation>
    </message>
    <message>
        <source>大厅尚未设置营业时间，暂不能预约</source>
        <translation type="vanished">The hall has set no opening hours yet: no bookings for now</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="101"/>
        <source>该业务类别不接受预约</source>
        <translation>This category takes no bookings</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="102"/>
        <source>{day}已过，不能预约</source>
        <translation>{day} has passed: no bookings</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="103"/>
        <source>最多可预约{days}个开放日内（至{last}），{day}还不能预约</source>
        <translation>Bookings are open for the next {days} opening days (to {last}): {day} cannot be booked yet</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="104"/>
        <source>{day}没有{slot}这个时段（当天时段：{slots}）</source>
        <translation>{day} has no slot {slot} (its slots: {slots})</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="105"/>
        <source>{slot}时段已开始，不能再预约</source>
        <translation>The slot {slot} has begun: no more bookings</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="106"/>
        <source>{day} {slot}已约满（{capacity}人），请选其他时段</source>
        <translation>{day} {slot} is fully booked ({capacity} places): choose another slot</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="107"/>
        <source>该申请人已预约{day}的此类业务（{slot}），不能重复预约</source>
        <translation>This applicant has already booked this kind of business on {day} ({slot})</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="108"/>
        <source>该申请人已有{count}个未到期的预约（每人最多{limit}个）</source>
        <translation>This applicant already holds {count} open bookings (at most {limit} each)</translation>
    </message>
    <message>
        <location filename="../../app/domain/appointments.py" line="109"/>
        <source>该申请人{window}天内爽约已达{count}次，{until}前不能网上预约；可到窗口或电话预约</source>
        <translation>This applicant missed {count} bookings within {window} days and cannot book online before {until}; booking at a window or by phone is still possible</translation>
    </message>
    <message>
        <location filename="../../app/services/manager/appointments.py" line="41"/>
        <source>{category}：{problem}</source>
        <translation>{category}: {problem}</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/appointments.py" line="49"/>
        <source>预约需要连接服务器：现在连不上，请稍后再试或请申请人网上预约</source>
        <translation>Booking needs the server, which cannot be reached now: try again later, or ask the applicant to book online</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/appointments.py" line="50"/>
        <source>本工作台未连接中心服务器（单机模式），不能登记预约：请申请人网上预约或到服务台预约</source>
        <translation>This workbench is not connected to a central server (standalone) and cannot take bookings: ask the applicant to book online or at the service desk</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/appointments.py" line="53"/>
        <source>中心服务器要求您重新登录后才能登记预约（您是离线登录的，或登录已过期）：请按“切换用户”重新登录</source>
        <translation>The central server wants you to sign in again before taking bookings (you signed in offline, or your sign-in expired): press &quot;Switch user&quot; and sign in again</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/appointments.py" line="57"/>
        <source>尚未取得本大厅的业务类别：请连通服务器后再试</source>
        <translation>The hall&apos;s service categories are not known yet: try again once the server can be reached</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/appointments.py" line="58"/>
        <source>预约凭条未打印：{reason}</source>
        <translation>The booking slip was not printed: {reason}</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/booking_form.py" line="20"/>
        <source>请填写预约人的姓名</source>
        <translation>Enter the booker&apos;s name</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/booking_form.py" line="21"/>
        <source>请填写预约人的证件号码：签到刷证、取消预约都凭它</source>
        <translation>Enter the booker&apos;s ID number: checking in and cancelling both go by it</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/booking_form.py" line="22"/>
        <source>证件号码应为6至36位字母或数字，请核对</source>
        <translation>An ID number has 6 to 36 letters or digits: please check it</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/booking_form.py" line="23"/>
        <source>请填写手机号码：预约前一天的提醒短信发往此号</source>
        <translation>Enter a mobile number: the reminder SMS goes to it the day before</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/booking_form.py" line="24"/>
        <source>手机号码应为1开头的11位数字（提醒短信发往此号），请核对</source>
        <translation>A mobile number has 11 digits starting with 1 (the reminder SMS goes to it): please check it</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/booking_form.py" line="25"/>
        <source>请选择业务类别</source>
        <translation>Choose a service category</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/booking_form.py" line="26"/>
        <source>请选择预约日期和时段</source>
        <translation>Choose the date and the time slot</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/booking_form.py" line="27"/>
        <source>请填写预约码（短信或预约凭条上的8位字母数字）</source>
        <translation>Enter the booking code (8 letters and digits, on the SMS or the booking slip)</translation>
    </message>
    <message>
        <location filename="../../app/services/queue/booking_form.py" line="28"/>
        <source>请改正标出的内容后再提交</source>
        <translation>Correct what is marked, then submit again</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/manager/followups/dialogs.py" line="48"/>
        <source>不超过{0}个字</source>
        <translation>At most {0} characters</translation>
    </message>
</context>
<context>
    <name>tickets</name>
    <message>
        <location filename="../../app/domain/tickets.py" line="106"/>
        <source>等候中</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="107"/>
        <source>已呼叫</source>
        <translation>Called</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="108"/>
        <source>已办结</source>
        <translation>Finished</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="109"/>
        <source>未办理</source>
        <translation>Not served</translation>
    </message>
    <message>
        <location filename="../../app/domain/tickets.py" line="110"/>
        <source>已过号</source>
        <translation>No-show</translation>
    </message>
</context>
</TS>
