<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name>MainWindow</name>
    <message>
        <source>dctracker — {name}</source>
        <translation>dctracker — {name}</translation>
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
        <source>Search names, sites, organizations…</source>
        <translation>사업명·부지·기관 검색…</translation>
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
</TS>
