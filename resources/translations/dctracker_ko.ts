<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>다른 사용자가 먼저 수정함</translation>
    </message>
    <message>
        <source>“{title}” was changed in another window or by another user after you opened it. Choose which version to keep; nothing is saved until you choose.</source>
        <translation>“{title}”을(를) 연 뒤에 다른 창이나 다른 사용자가 수정했습니다. 어느 쪽을 남길지 고르세요. 고르기 전에는 아무것도 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>내 값</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>상대 값</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>내 값 저장</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>상대 값 사용</translation>
    </message>
</context>
<context>
    <name>DetailPanel</name>
    <message>
        <source>Details</source>
        <translation>상세 정보</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <source>Save your changes to “{title}” first?</source>
        <translation>“{title}”의 변경 내용을 먼저 저장할까요?</translation>
    </message>
    <message>
        <source>Select a record</source>
        <translation>기록을 선택하세요</translation>
    </message>
    <message>
        <source>New record</source>
        <translation>새 기록</translation>
    </message>
</context>
<context>
    <name>Editing</name>
    <message>
        <source>New record</source>
        <translation>새 기록</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Progress update</source>
        <translation>진행 현황 입력</translation>
    </message>
    <message>
        <source>Edit zones</source>
        <translation>권역 편집</translation>
    </message>
    <message>
        <source>Zone name</source>
        <translation>권역 이름</translation>
    </message>
    <message>
        <source>Counties in the zone</source>
        <translation>소속 시군</translation>
    </message>
    <message>
        <source>“{title}” was changed elsewhere after you opened it. Delete it anyway?</source>
        <translation>“{title}”을(를) 연 뒤에 다른 곳에서 고쳤습니다. 그래도 삭제할까요?</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Status: {names}</source>
        <translation>상태: {names}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Dates: {start} – {end}</source>
        <translation>일정: {start} – {end}</translation>
    </message>
</context>
<context>
    <name>IndicatorForm</name>
    <message>
        <source>Name</source>
        <translation>지표명</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>사업군</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>IndicatorTable</name>
    <message>
        <source>Indicator</source>
        <translation>성과지표</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>사업군</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>목표</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>단위</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>달성률</translation>
    </message>
    <message>
        <source>As of</source>
        <translation>기준일</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>dctracker — {name}</source>
        <translation>dctracker — {name}</translation>
    </message>
    <message>
        <source>Search names, sites, organizations… (Esc clears)</source>
        <translation>사업명·부지·기관 검색… (Esc: 지우기)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>dctracker — {name} (read-only)</source>
        <translation>dctracker — {name} (읽기 전용)</translation>
    </message>
    <message>
        <source>That record no longer exists.</source>
        <translation>그 기록은 더 이상 없습니다.</translation>
    </message>
    <message>
        <source> (copy)</source>
        <translation> (사본)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>도구(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>MOUs</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Milestones</source>
        <translation>마일스톤</translation>
    </message>
    <message>
        <source>Organizations</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>성과지표</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>실행 취소 가능: {what}</translation>
    </message>
    <message>
        <source>Save your changes before closing?</source>
        <translation>닫기 전에 변경 내용을 저장할까요?</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>dctracker</source>
        <translation>dctracker</translation>
    </message>
    <message>
        <source>dctracker database (*.db *.sqlite);;All files (*)</source>
        <translation>dctracker 데이터베이스 (*.db *.sqlite);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>MilestoneForm</name>
    <message>
        <source>Title</source>
        <translation>마일스톤명</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>MOU</source>
        <translation>협약</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준일(최초 계획)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>예정일(현재 전망)</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진척률</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
    <message>
        <source>Record progress (진행 현황 입력)…</source>
        <translation>진행 현황 입력…</translation>
    </message>
    <message>
        <source>History (newest first)</source>
        <translation>변경 이력 (최신 순)</translation>
    </message>
    <message>
        <source>created</source>
        <translation>생성</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>MilestoneTable</name>
    <message>
        <source>Project</source>
        <translation>사업</translation>
    </message>
    <message>
        <source>Milestone</source>
        <translation>마일스톤</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>기준일</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>실적일</translation>
    </message>
    <message>
        <source>Slippage</source>
        <translation>지연</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진척률</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>담당</translation>
    </message>
</context>
<context>
    <name>MilestoneUpdateDialog</name>
    <message>
        <source>Record progress — {title}</source>
        <translation>진행 현황 입력 — {title}</translation>
    </message>
    <message>
        <source>What happened, and the source (e.g. 공문 번호)</source>
        <translation>무엇이 바뀌었는지와 근거 (예: 공문 번호)</translation>
    </message>
    <message>
        <source>Forecast date</source>
        <translation>예정일</translation>
    </message>
    <message>
        <source>Actual date</source>
        <translation>실적일</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진척률</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>메모</translation>
    </message>
    <message>
        <source>Baseline: {date}</source>
        <translation>기준일(최초 계획): {date}</translation>
    </message>
</context>
<context>
    <name>MouForm</name>
    <message>
        <source>Title</source>
        <translation>협약명</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>체결일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>District</source>
        <translation>시군구</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>협약 당사자</translation>
    </message>
    <message>
        <source>Pledged investment</source>
        <translation>약정 투자액</translation>
    </message>
    <message>
        <source>Pledged jobs</source>
        <translation>약정 고용</translation>
    </message>
    <message>
        <source>Realized investment</source>
        <translation>실현 투자액</translation>
    </message>
    <message>
        <source>Realized jobs</source>
        <translation>실현 고용</translation>
    </message>
    <message>
        <source>Realized as of</source>
        <translation>실현 기준일</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>부지</translation>
    </message>
    <message>
        <source>Site area</source>
        <translation>부지 면적</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>Binding</source>
        <translation>구속력</translation>
    </message>
    <message>
        <source>legally binding</source>
        <translation>법적 구속력 있음</translation>
    </message>
    <message>
        <source>Linked projects</source>
        <translation>연계 사업</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>관련 문서</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>MouTable</name>
    <message>
        <source>MOU</source>
        <translation>협약명</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>체결일</translation>
    </message>
    <message>
        <source>District</source>
        <translation>시군구</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>Pledged investment</source>
        <translation>약정 투자</translation>
    </message>
    <message>
        <source>Realized investment</source>
        <translation>실현 투자</translation>
    </message>
    <message>
        <source>Pledged jobs</source>
        <translation>약정 고용</translation>
    </message>
    <message>
        <source>Realized jobs</source>
        <translation>실현 고용</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>기한</translation>
    </message>
</context>
<context>
    <name>OrganizationForm</name>
    <message>
        <source>Name</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>OrganizationTable</name>
    <message>
        <source>Organization</source>
        <translation>기관명</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>구분</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>연락처</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>ParsedEdit</name>
    <message>
        <source>e.g. {example}</source>
        <translation>예: {example}</translation>
    </message>
</context>
<context>
    <name>PartiesEdit</name>
    <message>
        <source>Add party</source>
        <translation>당사자 추가</translation>
    </message>
</context>
<context>
    <name>PartyRow</name>
    <message>
        <source>Organization</source>
        <translation>기관</translation>
    </message>
    <message>
        <source>Not in the list yet: saved as a new organization</source>
        <translation>목록에 없는 기관: 저장할 때 새 기관으로 추가됩니다</translation>
    </message>
    <message>
        <source>Remove this party</source>
        <translation>이 당사자 빼기</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>All time</source>
        <translation>전체 기간</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>올해</translation>
    </message>
    <message>
        <source>Next 3 years</source>
        <translation>향후 3년</translation>
    </message>
    <message>
        <source>Dates…</source>
        <translation>기간 지정…</translation>
    </message>
    <message>
        <source>from</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>to</source>
        <translation>끝</translation>
    </message>
    <message>
        <source>The end of the period comes before its start.</source>
        <translation>기간의 끝이 시작보다 앞섭니다.</translation>
    </message>
</context>
<context>
    <name>ProjectForm</name>
    <message>
        <source>Name</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>District</source>
        <translation>시군구</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>투자액</translation>
    </message>
    <message>
        <source>Site area</source>
        <translation>부지 면적</translation>
    </message>
    <message>
        <source>Capacity (MW)</source>
        <translation>용량 (MW)</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>고용 계획</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>착수 예정</translation>
    </message>
    <message>
        <source>Planned finish</source>
        <translation>완료 예정</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>부지</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>분야</translation>
    </message>
    <message>
        <source>Lead agency</source>
        <translation>주관 기관</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>참여 기관</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>사업 개요</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>출처</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>태그</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>비고</translation>
    </message>
</context>
<context>
    <name>ProjectTable</name>
    <message>
        <source>Project</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>지역</translation>
    </message>
    <message>
        <source>District</source>
        <translation>시군구</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Investment</source>
        <translation>투자액</translation>
    </message>
    <message>
        <source>Site area</source>
        <translation>부지 면적</translation>
    </message>
    <message>
        <source>Planned jobs</source>
        <translation>고용 계획</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>착수</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>부지</translation>
    </message>
</context>
<context>
    <name>RegionTree</name>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>No zone</source>
        <translation>권역 미지정</translation>
    </message>
    <message>
        <source>(no district)</source>
        <translation>(시군구 없음)</translation>
    </message>
</context>
<context>
    <name>StatusButton</name>
    <message>
        <source>All statuses</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count}/{total}개</translation>
    </message>
    <message>
        <source>Status: {shown}</source>
        <translation>상태: {shown}</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>잠시 기다려 주세요</translation>
    </message>
</context>
<context>
    <name>Values</name>
    <message>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>no</source>
        <translation>아니오</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>Edit zones…</source>
        <translation>권역 편집…</translation>
    </message>
    <message>
        <source>&amp;New database…</source>
        <translation>새 데이터베이스(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>데이터베이스 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>최근 파일</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About dctracker</source>
        <translation>dctracker 정보(&amp;A)</translation>
    </message>
    <message>
        <source>dctracker {version}

Data-center and AI investment projects, MOUs and milestones of Gwangju and Jeonnam.

Database: {path}
Schema version: {schema}
Data folder: {folder}</source>
        <translation>dctracker {version}

광주·전남 데이터센터·AI 투자사업, 협약, 마일스톤 추적

데이터베이스: {path}
스키마 버전: {schema}
데이터 폴더: {folder}</translation>
    </message>
    <message>
        <source>About dctracker</source>
        <translation>dctracker 정보</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>새 데이터베이스</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;New record</source>
        <translation>새 기록(&amp;N)</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>복제(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>삭제(&amp;D)…</translation>
    </message>
    <message>
        <source>Record &amp;progress…</source>
        <translation>진행 현황 입력(&amp;P)…</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>New</source>
        <translation>새 기록</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>복제</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Select a milestone in the Milestones tab first.</source>
        <translation>먼저 마일스톤 탭에서 마일스톤을 선택하세요.</translation>
    </message>
    <message>
        <source>Delete the project “{title}”?

Its {m} milestone(s) and {i} indicator(s) are deleted with it, and it is unlinked from {n} MOU(s). Undo (Ctrl+Z) brings everything back.</source>
        <translation>사업 “{title}”을(를) 삭제할까요?

이 사업의 마일스톤 {m}건과 성과지표 {i}건이 함께 삭제되고, 협약 {n}건과의 연결이 해제됩니다. 실행 취소(Ctrl+Z)로 모두 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Delete “{title}”? Undo (Ctrl+Z) brings it back.</source>
        <translation>“{title}”을(를) 삭제할까요? 실행 취소(Ctrl+Z)로 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
</context>
<context>
    <name>ZonesDialog</name>
    <message>
        <source>Zones</source>
        <translation>권역 편집</translation>
    </message>
    <message>
        <source>New zone…</source>
        <translation>새 권역…</translation>
    </message>
    <message>
        <source>Rename…</source>
        <translation>이름 바꾸기…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>New zone</source>
        <translation>새 권역</translation>
    </message>
    <message>
        <source>Zone name (e.g. 중부권):</source>
        <translation>권역 이름 (예: 중부권):</translation>
    </message>
    <message>
        <source>Rename zone</source>
        <translation>권역 이름 바꾸기</translation>
    </message>
    <message>
        <source>Zone name:</source>
        <translation>권역 이름:</translation>
    </message>
</context>
</TS>
