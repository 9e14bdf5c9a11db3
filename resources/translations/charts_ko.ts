<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ProgressTab</name>
    <message>
        <source>MOU investment: pledged vs realized</source>
        <translation>협약 투자액: 약정 대비 실적</translation>
    </message>
    <message>
        <source>100 million KRW (억원)</source>
        <translation>억원</translation>
    </message>
    <message>
        <source>MOU jobs: pledged vs realized</source>
        <translation>협약 고용: 약정 대비 실적</translation>
    </message>
    <message>
        <source>jobs</source>
        <translation>명</translation>
    </message>
    <message>
        <source>No forecast changes are recorded for this project&apos;s milestones yet. Enter a milestone&apos;s new forecast date with Record progress (Milestones tab) and its trend appears here.</source>
        <translation>이 사업의 마일스톤에는 아직 예정일 변경 기록이 없습니다. 마일스톤 탭의 ‘진행 현황 입력’으로 새 예정일을 입력하면 여기에 추이가 그려집니다.</translation>
    </message>
    <message>
        <source>Milestone trend (reporting date → forecast)</source>
        <translation>마일스톤 추이 (보고일 → 예정일)</translation>
    </message>
    <message>
        <source>Indicator: target vs actual</source>
        <translation>성과지표: 목표 대비 실적</translation>
    </message>
    <message>
        <source>Pledged</source>
        <translation>약정</translation>
    </message>
    <message>
        <source>Realized</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>reported = forecast</source>
        <translation>보고일 = 예정일</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Timeline</source>
        <translation>타임라인</translation>
    </message>
    <message>
        <source>Progress charts</source>
        <translation>진행 현황 차트</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>최초 계획</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>전망</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Slippage: {days} days</source>
        <translation>지연: {days}일</translation>
    </message>
    <message>
        <source>(measured at the end of the interval)</source>
        <translation>(기간 말 기준)</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>체결</translation>
    </message>
    <message>
        <source>Pledged investment</source>
        <translation>약정 투자액</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>계획 기간</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진척률</translation>
    </message>
</context>
<context>
    <name>TimelineExport</name>
    <message>
        <source>All regions</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Region: {region}</source>
        <translation>지역: {region}</translation>
    </message>
    <message>
        <source>Search: {text}</source>
        <translation>검색: {text}</translation>
    </message>
    <message>
        <source>Period: {start} – {end}</source>
        <translation>기간: {start} ~ {end}</translation>
    </message>
    <message>
        <source>Gwangju·Jeonnam data-center and AI projects: timeline</source>
        <translation>광주·전남 데이터센터·AI 투자사업 추진 일정</translation>
    </message>
    <message>
        <source>As of {date}</source>
        <translation>기준일 {date}</translation>
    </message>
    <message>
        <source>Page {n} of {total}</source>
        <translation>{n} / {total} 쪽</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>No projects match the filter.</source>
        <translation>조건에 맞는 사업이 없습니다.</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>일정 없음</translation>
    </message>
    <message>
        <source>+{days} days</source>
        <translation>+{days}일</translation>
    </message>
    <message>
        <source>Planned period / progress</source>
        <translation>사업 기간 / 진척률</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>전망</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>First plan (moved)</source>
        <translation>최초 계획 (변경 전)</translation>
    </message>
    <message>
        <source>Slippage</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>MOU signed</source>
        <translation>협약 체결</translation>
    </message>
    <message>
        <source>Month/quarter/half/year date</source>
        <translation>월·분기·반기·연 단위 일정</translation>
    </message>
    <message>
        <source>Overdue: date passed, not done</source>
        <translation>지연: 예정일 경과, 미완료</translation>
    </message>
    <message>
        <source>Today (dashed line)</source>
        <translation>오늘 (점선)</translation>
    </message>
</context>
<context>
    <name>TimelineExportDialog</name>
    <message>
        <source>Export timeline</source>
        <translation>타임라인 내보내기</translation>
    </message>
    <message>
        <source>Resolution (DPI):</source>
        <translation>해상도 (DPI):</translation>
    </message>
    <message>
        <source>Paper (landscape):</source>
        <translation>용지 (가로):</translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>Fit all</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <source>1 year</source>
        <translation>1년</translation>
    </message>
    <message>
        <source>3 years</source>
        <translation>3년</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>이름 표시</translation>
    </message>
    <message>
        <source>Show milestone titles beside their marks</source>
        <translation>마일스톤 이름을 표시 옆에 보이기</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>인쇄…</translation>
    </message>
</context>
<context>
    <name>TimelineView</name>
    <message>
        <source>Today</source>
        <translation>오늘</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>No dates yet</source>
        <translation>일정 없음</translation>
    </message>
</context>
</TS>
