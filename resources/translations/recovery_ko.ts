<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>CheckAction</name>
    <message>
        <source>Check Database</source>
        <translation>데이터베이스 검사</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} 검사 중…</translation>
    </message>
    <message>
        <source>{findings}

Recompute them now? A backup is taken first; no record changes.</source>
        <translation>{findings}

지금 다시 계산할까요? 먼저 백업하며, 기록은 바뀌지 않습니다.</translation>
    </message>
    <message>
        <source>Recomputing…</source>
        <translation>다시 계산하는 중…</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>dctracker — Error</source>
        <translation>dctracker — 오류</translation>
    </message>
    <message>
        <source>Copy Details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <source>Something went wrong. Your saved data is safe and the program keeps running. If it happens again, copy the details below and send them to whoever looks after dctracker.</source>
        <translation>문제가 생겼습니다. 저장된 데이터는 안전하며 프로그램은 계속 실행됩니다. 다시 생기면 아래 자세한 내용을 복사해 dctracker 담당자에게 보내 주세요.</translation>
    </message>
</context>
<context>
    <name>OpenFailureDialog</name>
    <message>
        <source>dctracker — Cannot Open the Database</source>
        <translation>dctracker — 데이터베이스를 열 수 없음</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>데이터베이스를 열 수 없습니다.</translation>
    </message>
    <message>
        <source>Restoring keeps a copy of the damaged file in the backups folder.</source>
        <translation>복원해도 손상된 파일의 사본은 backups 폴더에 보관합니다.</translation>
    </message>
    <message>
        <source>Restore Newest Backup ({taken})</source>
        <translation>최신 백업으로 복원 ({taken})</translation>
    </message>
    <message>
        <source>Try Again</source>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Open Another File…</source>
        <translation>다른 파일 열기…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>데이터베이스 열기</translation>
    </message>
    <message>
        <source>dctracker database (*.db);;All files (*)</source>
        <translation>dctracker 데이터베이스 (*.db);;모든 파일 (*)</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Restore from &amp;Backup…</source>
        <translation>백업에서 복원(&amp;B)…</translation>
    </message>
    <message>
        <source>Back &amp;Up Now</source>
        <translation>지금 백업(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Check Database…</source>
        <translation>데이터베이스 검사(&amp;C)…</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>지금 백업</translation>
    </message>
    <message>
        <source>Backing up {name}…</source>
        <translation>{name} 백업 중…</translation>
    </message>
    <message>
        <source>Backed up to {path}</source>
        <translation>백업했습니다: {path}</translation>
    </message>
    <message>
        <source>Automatic backup failed: {reason}</source>
        <translation>자동 백업 실패: {reason}</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Daily (automatic)</source>
        <translation>매일 자동</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>가져오기 전</translation>
    </message>
    <message>
        <source>Before a bulk change</source>
        <translation>일괄 변경 전</translation>
    </message>
    <message>
        <source>Made by hand</source>
        <translation>수동 백업</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>복원 전</translation>
    </message>
    <message>
        <source>Before a program update</source>
        <translation>프로그램 업데이트 전</translation>
    </message>
    <message>
        <source>Damaged file kept</source>
        <translation>손상된 파일 보관본</translation>
    </message>
    <message>
        <source>Restore from Backup</source>
        <translation>백업에서 복원</translation>
    </message>
    <message>
        <source>Choose the backup to go back to. The current data is backed up first, so the restore itself can be undone by restoring that copy.</source>
        <translation>되돌아갈 백업을 고르세요. 지금 데이터를 먼저 백업하므로, 그 사본을 복원하면 이번 복원도 되돌릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>복원</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>백업 시각</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>There are no backups of this file yet.</source>
        <translation>이 파일의 백업이 아직 없습니다.</translation>
    </message>
    <message>
        <source>Go back to the backup of {taken}? Changes made since then are replaced; the current data is backed up first.</source>
        <translation>{taken} 백업으로 되돌릴까요? 그 뒤에 바뀐 내용은 백업 내용으로 바뀝니다. 지금 데이터는 먼저 백업합니다.</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>{name} 검사 중…</translation>
    </message>
    <message>
        <source>The backup is restored. The data as it was before is kept as {name}.</source>
        <translation>백업을 복원했습니다. 복원하기 전 데이터는 {name}(으)로 보관했습니다.</translation>
    </message>
</context>
<context>
    <name>StoreModeLabel</name>
    <message>
        <source>Read-only</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>WAL mode</source>
        <translation>WAL 모드</translation>
    </message>
    <message>
        <source>Network folder: rollback journal</source>
        <translation>네트워크 폴더: 롤백 저널 모드</translation>
    </message>
    <message>
        <source>Rollback journal</source>
        <translation>롤백 저널 모드</translation>
    </message>
    <message>
        <source>This file cannot be written (check the permissions of the file and its folder): records can be viewed but not changed.</source>
        <translation>이 파일에는 쓸 수 없습니다 (파일과 폴더의 권한을 확인하세요). 기록을 볼 수는 있지만 바꿀 수는 없습니다.</translation>
    </message>
    <message>
        <source>The file is in a network folder, where SQLite&apos;s WAL mode is unsafe: changes are saved with a rollback journal instead.</source>
        <translation>파일이 네트워크 폴더에 있어 SQLite의 WAL 모드가 안전하지 않으므로, 변경 내용을 롤백 저널 방식으로 저장합니다.</translation>
    </message>
    <message>
        <source>Changes are saved with SQLite&apos;s write-ahead log (WAL).</source>
        <translation>변경 내용을 SQLite의 WAL(미리 쓰기 로그) 방식으로 저장합니다.</translation>
    </message>
</context>
</TS>
