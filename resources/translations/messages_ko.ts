<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>Messages</name>
    <message>
        <source>{path} is not a dctracker database ({reason}).</source>
        <translation>{path}: dctracker 데이터베이스가 아닙니다 ({reason}).</translation>
    </message>
    <message>
        <source>{path} was written by a newer dctracker (schema {found}, this program knows up to {known}); update the program.</source>
        <translation>{path}: 더 새로운 버전의 dctracker로 만든 파일입니다 (스키마 {found}, 이 프로그램은 {known}까지). 프로그램을 업데이트하세요.</translation>
    </message>
    <message>
        <source>{path} is damaged and cannot be opened ({reason}); the file was left as it is. Restore a backup or open another file.</source>
        <translation>{path}: 파일이 손상되어 열 수 없습니다 ({reason}). 파일은 그대로 두었습니다. 백업에서 복원하거나 다른 파일을 여세요.</translation>
    </message>
    <message>
        <source>{path} is locked by another program or user; try again in a moment or close that program.</source>
        <translation>{path}: 다른 프로그램이나 사용자가 파일을 잠그고 있습니다. 잠시 후 다시 시도하거나 그 프로그램을 닫으세요.</translation>
    </message>
    <message>
        <source>{path} is read-only: changes cannot be saved (check write permission on the file and its folder).</source>
        <translation>{path}: 읽기 전용 파일이라 저장할 수 없습니다 (파일 또는 폴더의 쓰기 권한을 확인하세요).</translation>
    </message>
    <message>
        <source>{path} has an older schema ({found}) and is read-only, so it cannot be upgraded to {known}; copy it somewhere writable and open the copy.</source>
        <translation>{path}: 이전 버전 형식(스키마 {found})인데 읽기 전용이라 최신 형식({known})으로 바꿀 수 없습니다. 쓰기 권한이 있는 곳에 복사해서 여세요.</translation>
    </message>
    <message>
        <source>{path}: the disk is full, so nothing was saved (stored data is unchanged); free some space and save again.</source>
        <translation>{path}: 디스크 공간이 부족해 저장하지 못했습니다. 저장된 내용은 바뀌지 않았습니다. 공간을 비운 뒤 다시 저장하세요.</translation>
    </message>
    <message>
        <source>{path}: reading or writing the file failed ({detail}); stored data is unchanged. Check the network connection or disk and try again.</source>
        <translation>{path}: 파일을 읽거나 쓰는 중 오류가 났습니다 ({detail}). 저장된 내용은 바뀌지 않았습니다. 네트워크 연결이나 디스크를 확인하고 다시 시도하세요.</translation>
    </message>
    <message>
        <source>{path} cannot be opened ({reason}); check that the folder exists and that you may use it.</source>
        <translation>{path}: 파일을 열 수 없습니다 ({reason}). 폴더가 있는지, 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>{path}: the journal of an interrupted save ({journal}) lies beside the file, so this read-only task stopped; nothing was changed. Opening the file in the window rolls the interrupted save back; if the journal is not this file&apos;s (left by a copy of another file), move it away first.</source>
        <translation>{path}: 중단된 저장의 저널 파일({journal})이 옆에 있어 읽기만 하는 작업을 멈췄습니다. 아무것도 바꾸지 않았습니다. 프로그램 창으로 열면 중단된 저장을 되돌립니다. 저널이 이 파일의 것이 아니면(다른 파일을 복사하다 생긴 경우) 먼저 옮기세요.</translation>
    </message>
    <message>
        <source>{path} is held open in WAL mode (safe on a local disk only) by another user; on a network folder that mode is unsafe, so it was not opened. Open it again once the other users have closed it.</source>
        <translation>{path}: 다른 사용자가 이 파일을 WAL 모드(로컬 디스크 전용)로 열어 두었습니다. 네트워크 폴더에서는 이 모드가 안전하지 않아 열지 않았습니다. 다른 사용자가 모두 닫은 뒤 다시 여세요.</translation>
    </message>
    <message>
        <source>{path} does not exist but its journal ({journal}) does, so no new file was created over it; put the original file back if it was moved, or open another file.</source>
        <translation>{path}: 데이터베이스 파일은 없고 저장 기록 파일({journal})만 남아 있어 새 파일을 만들지 않았습니다. 원래 파일을 옮겼다면 되돌려 놓거나 다른 파일을 여세요.</translation>
    </message>
    <message>
        <source>could not write the backup {dest} ({detail}); check that the folder exists and that you may write to it.</source>
        <translation>백업을 쓰지 못했습니다: {dest} ({detail}). 폴더가 있는지, 쓰기 권한이 있는지 확인하세요.</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes)</source>
        <translation>빈 파일 (0바이트)</translation>
    </message>
    <message>
        <source>its header is wiped with zeros</source>
        <translation>파일 머리가 0으로 지워짐</translation>
    </message>
    <message>
        <source>the file is truncated ({size} bytes)</source>
        <translation>잘린 파일 ({size}바이트)</translation>
    </message>
    <message>
        <source>the file is truncated ({size} of {expected} bytes)</source>
        <translation>잘린 파일 ({size} / {expected}바이트)</translation>
    </message>
    <message>
        <source>not an SQLite file</source>
        <translation>SQLite 파일이 아님</translation>
    </message>
    <message>
        <source>another program&apos;s data</source>
        <translation>다른 프로그램의 데이터</translation>
    </message>
    <message>
        <source>damaged: {detail}</source>
        <translation>손상됨: {detail}</translation>
    </message>
    <message>
        <source>schema damaged: {lacks}</source>
        <translation>스키마 손상: {lacks}</translation>
    </message>
    <message>
        <source>it is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>no permission to read it</source>
        <translation>읽을 권한이 없습니다</translation>
    </message>
    <message>
        <source>{table} #{id} does not exist (someone may have deleted it).</source>
        <translation>{table} #{id} 기록이 없습니다 (다른 사용자가 삭제했을 수 있습니다).</translation>
    </message>
    <message>
        <source>{table} #{id} was changed by someone else since it was read (read version {read}, now {now}).</source>
        <translation>{table} #{id}을(를) 다른 사용자가 먼저 수정했습니다 (읽은 버전 {read}, 현재 버전 {now}).</translation>
    </message>
    <message>
        <source>{table}: the change conflicts with other records ({detail}).</source>
        <translation>{table}: 다른 기록과 맞지 않아 저장할 수 없습니다 ({detail}).</translation>
    </message>
    <message>
        <source>cannot read &apos;{text}&apos;: {reason}</source>
        <translation>&apos;{text}&apos;을(를) 읽을 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a valid date: {reason}</source>
        <translation>&apos;{text}&apos;은(는) 올바른 날짜가 아닙니다: {reason}</translation>
    </message>
    <message>
        <source>not a whole number of won</source>
        <translation>원 단위 아래 소수가 남습니다</translation>
    </message>
    <message>
        <source>larger than the largest storable {largest}</source>
        <translation>저장할 수 있는 최대값({largest})보다 큽니다</translation>
    </message>
    <message>
        <source>amounts cannot be negative</source>
        <translation>음수는 입력할 수 없습니다</translation>
    </message>
    <message>
        <source>no number given</source>
        <translation>값이 비어 있습니다</translation>
    </message>
    <message>
        <source>unexpected &apos;{char}&apos;</source>
        <translation>알 수 없는 글자 &apos;{char}&apos;</translation>
    </message>
    <message>
        <source>more than one decimal point</source>
        <translation>소수점이 두 개 이상입니다</translation>
    </message>
    <message>
        <source>bad number {number}</source>
        <translation>숫자 형식이 잘못되었습니다 ({number})</translation>
    </message>
    <message>
        <source>units out of order (&apos;{unit}&apos; after &apos;{previous}&apos;)</source>
        <translation>단위 순서가 잘못되었습니다 (&apos;{previous}&apos; 뒤에 &apos;{unit}&apos;)</translation>
    </message>
    <message>
        <source>the part after &apos;{previous}&apos; must be below 10,000</source>
        <translation>&apos;{previous}&apos; 뒤의 값은 1만보다 작아야 합니다</translation>
    </message>
    <message>
        <source>two numbers in a row</source>
        <translation>숫자가 단위 없이 이어집니다</translation>
    </message>
    <message>
        <source>&apos;{unit}&apos; out of order</source>
        <translation>&apos;{unit}&apos;의 순서가 잘못되었습니다</translation>
    </message>
    <message>
        <source>number after a unit is too large</source>
        <translation>단위 뒤의 숫자가 너무 큽니다</translation>
    </message>
    <message>
        <source>year must be 1900..2200</source>
        <translation>연도는 1900~2200 사이여야 합니다</translation>
    </message>
    <message>
        <source>month must be 1..12 ({month})</source>
        <translation>월은 1~12여야 합니다 ({month})</translation>
    </message>
    <message>
        <source>quarter month is 1/4/7/10 ({month})</source>
        <translation>분기는 첫 달(1·4·7·10월)로 적습니다 ({month})</translation>
    </message>
    <message>
        <source>a half is stored as month 1 or 7 ({month})</source>
        <translation>반기는 첫 달(1·7월)로 적습니다 ({month})</translation>
    </message>
    <message>
        <source>a year date has no month ({month})</source>
        <translation>연 단위 날짜에는 월이 없습니다 ({month})</translation>
    </message>
    <message>
        <source>only day dates have a day</source>
        <translation>일은 일 단위 날짜에만 있습니다</translation>
    </message>
    <message>
        <source>no such day</source>
        <translation>없는 날짜입니다</translation>
    </message>
    <message>
        <source>the date is empty</source>
        <translation>날짜가 비어 있습니다</translation>
    </message>
    <message>
        <source>unknown format (e.g. 2025-03-31, 2025 H1, by 2030)</source>
        <translation>알 수 없는 형식입니다 (예: 2025-03-31, 2025년 상반기, 2030년까지)</translation>
    </message>
    <message>
        <source>not a stored date value</source>
        <translation>저장 형식이 아닙니다</translation>
    </message>
    <message>
        <source>unknown precision &apos;{value}&apos;</source>
        <translation>알 수 없는 정밀도입니다 ({value})</translation>
    </message>
    <message>
        <source>unknown month &apos;{name}&apos;</source>
        <translation>알 수 없는 달 이름입니다 ({name})</translation>
    </message>
    <message>
        <source>quarter must be 1..4 ({quarter})</source>
        <translation>분기는 1~4여야 합니다 ({quarter})</translation>
    </message>
    <message>
        <source>half must be 1 or 2 ({half})</source>
        <translation>반기는 1 또는 2여야 합니다 ({half})</translation>
    </message>
    <message>
        <source>{name} is required.</source>
        <translation>{name}을(를) 입력하세요.</translation>
    </message>
    <message>
        <source>{name} cannot be negative.</source>
        <translation>{name}은(는) 음수일 수 없습니다.</translation>
    </message>
    <message>
        <source>&apos;{sigungu}&apos; is not a district of {region}.</source>
        <translation>&apos;{sigungu}&apos;은(는) {region}의 시군구가 아닙니다.</translation>
    </message>
    <message>
        <source>{second} is before {first}.</source>
        <translation>{second}이(가) {first}보다 앞섭니다.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is in two zones: &apos;{first}&apos; and &apos;{second}&apos;.</source>
        <translation>&apos;{name}&apos;이(가) &apos;{first}&apos;과(와) &apos;{second}&apos; 두 권역에 들어 있습니다.</translation>
    </message>
    <message>
        <source>Progress must be between 0 and 100 (got {progress}).</source>
        <translation>진척률은 0에서 100 사이여야 합니다 (입력: {progress}).</translation>
    </message>
    <message>
        <source>The actual date ({actual}) is before the baseline ({baseline}).</source>
        <translation>실적일({actual})이 기준일({baseline})보다 빠릅니다.</translation>
    </message>
    <message>
        <source>the backup copy failed its check: {result}</source>
        <translation>백업 사본 검사 실패: {result}</translation>
    </message>
    <message>
        <source>could not restore: {detail}</source>
        <translation>복원하지 못했습니다: {detail}</translation>
    </message>
    <message>
        <source>the {kind} &apos;{name}&apos; is missing</source>
        <translation>{kind} &apos;{name}&apos;이(가) 없습니다</translation>
    </message>
    <message>
        <source>the table &apos;{table}&apos; has no column &apos;{column}&apos;</source>
        <translation>테이블 &apos;{table}&apos;에 &apos;{column}&apos; 열이 없습니다</translation>
    </message>
    <message>
        <source>the table &apos;{table}&apos; lacks its reference &apos;{column}&apos; → &apos;{parent}&apos;</source>
        <translation>테이블 &apos;{table}&apos;의 &apos;{column}&apos; → &apos;{parent}&apos; 참조 제약이 없습니다</translation>
    </message>
    <message>
        <source>No problems: integrity, references and schema of {name} are all fine.</source>
        <translation>이상 없음: {name}의 무결성, 참조 관계, 스키마가 모두 정상입니다.</translation>
    </message>
    <message>
        <source>Found {count} problem(s) in {name}; restoring a backup is advised (File → Restore from Backup).</source>
        <translation>{name}에서 문제 {count}건을 찾았습니다. 백업에서 복원하는 것을 권합니다 (파일 → 백업에서 복원).</translation>
    </message>
    <message>
        <source>The records in {name} are whole, but {count} stored value(s) derived from them are stale; &apos;dctracker check --repair&apos; recomputes them (no record changes).</source>
        <translation>{name}의 기록은 온전하지만 계산해 둔 값 {count}건이 맞지 않습니다. &apos;dctracker check --repair&apos;로 다시 계산하세요 (기록은 바뀌지 않습니다).</translation>
    </message>
    <message>
        <source>the file is too damaged to finish the check: {detail}</source>
        <translation>파일이 손상되어 검사를 끝낼 수 없습니다: {detail}</translation>
    </message>
    <message>
        <source>damaged part: {line}</source>
        <translation>손상된 부분: {line}</translation>
    </message>
    <message>
        <source>{table} #{id} refers to a {parent} row that does not exist.</source>
        <translation>{table} #{id}이(가) 없는 {parent} 기록을 가리킵니다.</translation>
    </message>
    <message>
        <source>milestone #{id}: the stored intervals do not match its dates (a date edited by another program).</source>
        <translation>마일스톤 #{id}의 저장된 기간이 날짜와 맞지 않습니다 (다른 프로그램으로 날짜를 고친 경우).</translation>
    </message>
    <message>
        <source>An older format (schema {version}); opening it in the program upgrades it to {latest}.</source>
        <translation>이전 버전 형식(스키마 {version})입니다. 프로그램으로 열면 최신 형식({latest})으로 바뀝니다.</translation>
    </message>
</context>
</TS>
