<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisTab</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="322"/>
        <source>%Ln open answers</source>
        <translation>
            <numerusform>%Ln open answer</numerusform>
            <numerusform>%Ln open answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="346"/>
        <source>%Ln respondents answered.</source>
        <translation>
            <numerusform>%Ln respondent answered.</numerusform>
            <numerusform>%Ln respondents answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceMatrixView</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="465"/>
        <source>Tick %Ln attendances</source>
        <translation>
            <numerusform>Tick %Ln attendance</numerusform>
            <numerusform>Tick %Ln attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="466"/>
        <source>Untick %Ln attendances</source>
        <translation>
            <numerusform>Untick %Ln attendance</numerusform>
            <numerusform>Untick %Ln attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="467"/>
        <source>Change %Ln attendances</source>
        <translation>
            <numerusform>Change %Ln attendance</numerusform>
            <numerusform>Change %Ln attendances</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_view.py" line="87"/>
        <source>%Ln pairs of people may be the same person. Check them before the exchange merges records.</source>
        <translation>
            <numerusform>%Ln pair of people may be the same person. Check it before the exchange merges records.</numerusform>
            <numerusform>%Ln pairs of people may be the same person. Check them before the exchange merges records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="47"/>
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="48"/>
        <source>Erase every personal detail of %Ln people:</source>
        <translation>
            <numerusform>Erase every personal detail of %Ln person:</numerusform>
            <numerusform>Erase every personal detail of %Ln people:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/events_view.py" line="375"/>
        <source>{shown} of %Ln events</source>
        <translation>
            <numerusform>{shown} of %Ln event</numerusform>
            <numerusform>{shown} of %Ln events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="497"/>
        <source>Exported %Ln rows to {file}.</source>
        <translation>
            <numerusform>Exported %Ln row to {file}.</numerusform>
            <numerusform>Exported %Ln rows to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="388"/>
        <source>%Ln interviews</source>
        <translation>
            <numerusform>%Ln interview</numerusform>
            <numerusform>%Ln interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="439"/>
        <source>Wrote {file}: %Ln interviews, pseudonymised.</source>
        <translation>
            <numerusform>Wrote {file}: %Ln interview, pseudonymised.</numerusform>
            <numerusform>Wrote {file}: %Ln interviews, pseudonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="361"/>
        <source>%Ln rows below the header on row {header} ({where}).</source>
        <translation>
            <numerusform>%Ln row below the header on row {header} ({where}).</numerusform>
            <numerusform>%Ln rows below the header on row {header} ({where}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/notes_view.py" line="276"/>
        <source>%Ln note(s)</source>
        <translation>
            <numerusform>%Ln note</numerusform>
            <numerusform>%Ln notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/overview_view.py" line="411"/>
        <source>%Ln international event(s) below one third from abroad.</source>
        <translation>
            <numerusform>%Ln international event below one third from abroad.</numerusform>
            <numerusform>%Ln international events below one third from abroad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeopleList</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/people_model.py" line="352"/>
        <source>%Ln people</source>
        <translation>
            <numerusform>%Ln person</numerusform>
            <numerusform>%Ln people</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/preferences_dialog.py" line="161"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="220"/>
        <source>%Ln years</source>
        <translation>
            <numerusform>%Ln year</numerusform>
            <numerusform>%Ln years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="305"/>
        <source>%Ln people are past the retention period.</source>
        <translation>
            <numerusform>%Ln person is past the retention period.</numerusform>
            <numerusform>%Ln people are past the retention period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="330"/>
        <source>%Ln people erased.</source>
        <translation>
            <numerusform>%Ln person erased.</numerusform>
            <numerusform>%Ln people erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/programme_view.py" line="341"/>
        <source>%Ln session(s) fall outside the event&apos;s dates.</source>
        <translation>
            <numerusform>%Ln session falls outside the event&apos;s dates.</numerusform>
            <numerusform>%Ln sessions fall outside the event&apos;s dates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="170"/>
        <source>%Ln recommendation(s)</source>
        <translation>
            <numerusform>%Ln recommendation</numerusform>
            <numerusform>%Ln recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="188"/>
        <source>{names} and %Ln more</source>
        <translation>
            <numerusform>{names} and %Ln more</numerusform>
            <numerusform>{names} and %Ln more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="446"/>
        <source>Register %Ln people</source>
        <translation>
            <numerusform>Register %Ln person</numerusform>
            <numerusform>Register %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="459"/>
        <source>Change %Ln registrations</source>
        <translation>
            <numerusform>Change %Ln registration</numerusform>
            <numerusform>Change %Ln registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="467"/>
        <source>Unregister %Ln people</source>
        <translation>
            <numerusform>Unregister %Ln person</numerusform>
            <numerusform>Unregister %Ln people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="496"/>
        <source>Saved %Ln participants to {path}.</source>
        <translation>
            <numerusform>Saved %Ln participant to {path}.</numerusform>
            <numerusform>Saved %Ln participants to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="711"/>
        <source>{name}: %Ln page(s).</source>
        <translation>
            <numerusform>{name}: %Ln page.</numerusform>
            <numerusform>{name}: %Ln pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="758"/>
        <source>Sent %Ln page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %Ln page to the printer.</numerusform>
            <numerusform>Sent %Ln pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolkitView</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="178"/>
        <source>%Ln methodology(ies)</source>
        <translation>
            <numerusform>%Ln methodology</numerusform>
            <numerusform>%Ln methodologies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="212"/>
        <source>Added %Ln methodology(ies) to the Toolkit.</source>
        <translation>
            <numerusform>Added %Ln methodology to the Toolkit.</numerusform>
            <numerusform>Added %Ln methodologies to the Toolkit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/importer.py" line="118"/>
        <source>{file} has %Ln rejected cells; nothing was imported:
{report}</source>
        <translation>
            <numerusform>{file} has %Ln rejected cell; nothing was imported:
{report}</numerusform>
            <numerusform>{file} has %Ln rejected cells; nothing was imported:
{report}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>interviews</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/services/interviews.py" line="224"/>
        <source>This guide was used in %Ln interviews; it cannot be deleted.</source>
        <translation>
            <numerusform>This guide was used in %Ln interview; it cannot be deleted.</numerusform>
            <numerusform>This guide was used in %Ln interviews; it cannot be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlsform</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="70"/>
        <source>{file} was not imported: %Ln problems.
{details}</source>
        <translation>
            <numerusform>{file} was not imported: %Ln problem.
{details}</numerusform>
            <numerusform>{file} was not imported: %Ln problems.
{details}</numerusform>
        </translation>
    </message>
</context>
</TS>
