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
</context>
</TS>
