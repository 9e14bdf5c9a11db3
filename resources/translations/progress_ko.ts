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
        <source>Progress charts</source>
        <translation>진행 현황 차트</translation>
    </message>
</context>
</TS>
