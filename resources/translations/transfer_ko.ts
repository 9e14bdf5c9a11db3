<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import {name}</source>
        <translation>가져오기: {name}</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>사업</translation>
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
        <source>Sheet</source>
        <translation>시트</translation>
    </message>
    <message>
        <source>The file lists</source>
        <translation>목록 종류</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>파일의 열</translation>
    </message>
    <message>
        <source>Stored as</source>
        <translation>저장할 항목</translation>
    </message>
    <message>
        <source>Import the valid rows and leave out the rejected ones</source>
        <translation>올바른 행만 가져오고 거부된 행은 빼기</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>미리 확인</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>가져오기</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>{name} 읽는 중…</translation>
    </message>
    <message>
        <source>Reading was cancelled.</source>
        <translation>파일 읽기를 취소했습니다.</translation>
    </message>
    <message>
        <source>Checking rows…</source>
        <translation>행 확인 중…</translation>
    </message>
    <message>
        <source>The check was cancelled. Nothing was stored.</source>
        <translation>확인을 취소했습니다. 아무것도 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>Rows were rejected, so nothing was imported. Correct the file, or tick the box to import only the valid rows.</source>
        <translation>거부된 행이 있어 아무것도 가져오지 않았습니다. 파일을 고치거나, 올바른 행만 가져오도록 아래 상자를 선택하세요.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>가져오는 중…</translation>
    </message>
    <message>
        <source>The import was cancelled. The database was not changed.</source>
        <translation>가져오기를 취소했습니다. 데이터베이스는 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(가져오지 않음)</translation>
    </message>
    <message>
        <source>{rows} rows from row {first}. Columns not imported: {columns}</source>
        <translation>{first}행부터 {rows}개 행. 가져오지 않는 열: {columns}</translation>
    </message>
    <message>
        <source>{rows} rows from row {first}; every column is recognised.</source>
        <translation>{first}행부터 {rows}개 행. 모든 열을 인식했습니다.</translation>
    </message>
    <message>
        <source>Press “Check (dry run)” to see what the import would do.</source>
        <translation>‘미리 확인’을 누르면 가져오기로 무엇이 바뀌는지 보여 줍니다.</translation>
    </message>
    <message>
        <source> — new projects: {names}</source>
        <translation> — 새 사업: {names}</translation>
    </message>
    <message>
        <source> — left out: {count}</source>
        <translation> — 제외: {count}</translation>
    </message>
</context>
<context>
    <name>Transfer</name>
    <message>
        <source>New</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Update</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>행</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>처리</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>항목</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>내용</translation>
    </message>
    <message>
        <source>Stored project</source>
        <translation>기존 사업</translation>
    </message>
    <message>
        <source>(which project?)</source>
        <translation>(어느 사업입니까?)</translation>
    </message>
    <message>
        <source>New project</source>
        <translation>새 사업</translation>
    </message>
</context>
<context>
    <name>TransferActions</name>
    <message>
        <source>&amp;Import…</source>
        <translation>가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>내보내기(&amp;E)</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>사업</translation>
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
        <source>{what} to {format}…</source>
        <translation>{what} → {format}…</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>목록 가져오기</translation>
    </message>
    <message>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>스프레드시트 (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <source>Imported: {count} records created or changed</source>
        <translation>가져오기 완료: {count}건 추가·수정</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>{name}(으)로 내보내는 중…</translation>
    </message>
    <message>
        <source>Could not export: {reason}</source>
        <translation>내보내지 못했습니다: {reason}</translation>
    </message>
    <message>
        <source>Exported {count} rows to {name}</source>
        <translation>{count}행을 {name}(으)로 내보냈습니다</translation>
    </message>
</context>
</TS>
