<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Dashboard</name>
    <message>
        <source>Gwangju and Jeonnam, all</source>
        <translation>광주·전남 전체</translation>
    </message>
    <message>
        <source>search: {text}</source>
        <translation>검색: {text}</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>{day}까지</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Overdue milestones</source>
        <translation>지연 마일스톤</translation>
    </message>
    <message>
        <source>forecast date passed, not done</source>
        <translation>예정일이 지났으나 미완료</translation>
    </message>
    <message>
        <source>Due in 30 days</source>
        <translation>30일 내 도래</translation>
    </message>
    <message>
        <source>Due in 90 days</source>
        <translation>90일 내 도래</translation>
    </message>
    <message>
        <source>Completed this quarter</source>
        <translation>이번 분기 완료</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>마일스톤</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>지연 일수</translation>
    </message>
    <message>
        <source>Nothing is overdue.</source>
        <translation>지연된 마일스톤이 없습니다.</translation>
    </message>
    <message>
        <source>Due in the next 90 days</source>
        <translation>90일 내 도래 마일스톤</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>남은 일수</translation>
    </message>
    <message>
        <source>Nothing is due in the next 90 days.</source>
        <translation>90일 안에 도래하는 마일스톤이 없습니다.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>최초 계획</translation>
    </message>
    <message>
        <source>Forecast / actual</source>
        <translation>현재 예정 / 실적</translation>
    </message>
    <message>
        <source>Days behind</source>
        <translation>지연 일수</translation>
    </message>
    <message>
        <source>≈: a date is known only to the month, quarter, half or year; counted from the end of that period.</source>
        <translation>≈: 월·분기·반기·연 단위로만 알려진 날짜가 있어 그 기간의 마지막 날부터 셈.</translation>
    </message>
    <message>
        <source>Most slipped milestones</source>
        <translation>지연 상위 5개 마일스톤</translation>
    </message>
    <message>
        <source>No milestone is behind its baseline.</source>
        <translation>최초 계획보다 늦어진 마일스톤이 없습니다.</translation>
    </message>
    <message>
        <source>Pledged investment</source>
        <translation>투자 약정</translation>
    </message>
    <message>
        <source>Realized investment</source>
        <translation>투자 실적</translation>
    </message>
    <message>
        <source>Investment %</source>
        <translation>투자 이행률</translation>
    </message>
    <message>
        <source>Pledged jobs</source>
        <translation>고용 약정</translation>
    </message>
    <message>
        <source>Realized jobs</source>
        <translation>고용 실적</translation>
    </message>
    <message>
        <source>Jobs %</source>
        <translation>고용 이행률</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>체결일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Realized as of</source>
        <translation>실적 기준</translation>
    </message>
    <message>
        <source>Days since signing</source>
        <translation>체결 후 경과일</translation>
    </message>
    <message>
        <source>MOU ledger: pledged vs realized</source>
        <translation>협약 이행 현황: 약정 대비 실적</translation>
    </message>
    <message>
        <source>No MOU in this selection.</source>
        <translation>선택한 지역에 협약이 없습니다.</translation>
    </message>
    <message>
        <source>{zone} (zone)</source>
        <translation>{zone} (권역)</translation>
    </message>
    <message>
        <source>Region / zone</source>
        <translation>지역 / 권역</translation>
    </message>
    <message>
        <source>Totals per region and zone</source>
        <translation>지역·권역별 합계</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>현재 예정</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>추진 일정</translation>
    </message>
    <message>
        <source>No milestone in this selection.</source>
        <translation>선택한 지역에 마일스톤이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DashboardFeature</name>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>보고서 내보내기…</translation>
    </message>
    <message>
        <source>PDF for printing (*.pdf)</source>
        <translation>인쇄용 PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook, a sheet per section (*.xlsx)</source>
        <translation>엑셀 통합 문서, 항목별 시트 (*.xlsx)</translation>
    </message>
    <message>
        <source>Hangul (HWP) document (*.hwpx)</source>
        <translation>한/글 문서 (*.hwpx)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>보고서 내보내기</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>{name} 쓰는 중…</translation>
    </message>
    <message>
        <source>Could not write {path}: {error}</source>
        <translation>{path}에 저장할 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>Report saved: {path}</source>
        <translation>보고서를 저장했습니다: {path}</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>Show the dashboard as it stood at the end of this day</source>
        <translation>이 날짜가 끝난 시점의 현황을 보여 줍니다</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>As of:</source>
        <translation>기준일:</translation>
    </message>
    <message>
        <source>Dashboard — {place}</source>
        <translation>대시보드 — {place}</translation>
    </message>
    <message>
        <source>Past view, rebuilt from the change history</source>
        <translation>과거 시점 보기 (변경 이력으로 재구성)</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Generated {time} by dctracker.</source>
        <translation>dctracker에서 {time}에 작성.</translation>
    </message>
    <message>
        <source>Dates known only to a month, quarter, half or year count by the end of that period (a milestone due in 2025 H1 is overdue from 2025-07-01).</source>
        <translation>월·분기·반기·연 단위로만 알려진 날짜는 그 기간의 마지막 날을 기준으로 셉니다 (예: &apos;2025년 상반기&apos; 마일스톤은 2025년 7월 1일부터 지연).</translation>
    </message>
    <message>
        <source>Data center and AI investment projects: status report</source>
        <translation>데이터센터·AI 투자사업 추진 현황 보고</translation>
    </message>
    <message>
        <source>Region: {place} · As of: {day}</source>
        <translation>지역: {place} · 기준일: {day}</translation>
    </message>
    <message>
        <source>Figures show what the database held at the end of the as-of day, rebuilt from the change history.</source>
        <translation>기준일 현황: 기준일이 끝난 시점에 데이터베이스에 기록되어 있던 내용입니다 (변경 이력으로 재구성).</translation>
    </message>
    <message>
        <source>Figures show what the database held at the end of the as-of day; dates are counted to that day.</source>
        <translation>기준일 현황: 기준일이 끝난 시점에 데이터베이스에 기록되어 있던 내용입니다 (일수는 기준일까지 계산).</translation>
    </message>
    <message>
        <source>No records on this day: first entry {day}</source>
        <translation>이 날짜에는 기록이 없습니다: 첫 입력 {day}</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
    <message>
        <source>Prepared by: {department}</source>
        <translation>작성 부서: {department}</translation>
    </message>
</context>
<context>
    <name>ReportWorkbook</name>
    <message>
        <source>Figure</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>요약</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>The first {shown:,} of {total:,} are shown.</source>
        <translation>전체 {total:,}건 중 처음 {shown:,}건을 표시합니다.</translation>
    </message>
</context>
</TS>
