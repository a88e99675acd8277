<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AnalysisTab</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="322"/>
        <source>%n open answers</source>
        <translation>
            <numerusform>%n open answer</numerusform>
            <numerusform>%n open answers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interview_analysis_view.py" line="346"/>
        <source>%n respondents answered.</source>
        <translation>
            <numerusform>%n respondent answered.</numerusform>
            <numerusform>%n respondents answered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendanceMatrixView</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="465"/>
        <source>Tick %n attendances</source>
        <translation>
            <numerusform>Tick %n attendance</numerusform>
            <numerusform>Tick %n attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="466"/>
        <source>Untick %n attendances</source>
        <translation>
            <numerusform>Untick %n attendance</numerusform>
            <numerusform>Untick %n attendances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/attendance_matrix.py" line="467"/>
        <source>Change %n attendances</source>
        <translation>
            <numerusform>Change %n attendance</numerusform>
            <numerusform>Change %n attendances</numerusform>
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
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/erase_dialog.py" line="48"/>
        <source>Erase every personal detail of %n people:</source>
        <translation>
            <numerusform>Erase every personal detail of %n person:</numerusform>
            <numerusform>Erase every personal detail of %n people:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventsSection</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/events_view.py" line="375"/>
        <source>{shown} of %n events</source>
        <translation>
            <numerusform>{shown} of %n event</numerusform>
            <numerusform>{shown} of %n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportPanel</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/exchange_dialogs.py" line="497"/>
        <source>Exported %n rows to {file}.</source>
        <translation>
            <numerusform>Exported %n row to {file}.</numerusform>
            <numerusform>Exported %n rows to {file}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InterviewsTab</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="388"/>
        <source>%n interviews</source>
        <translation>
            <numerusform>%n interview</numerusform>
            <numerusform>%n interviews</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/interviews_view.py" line="439"/>
        <source>Wrote {file}: %n interviews, pseudonymised.</source>
        <translation>
            <numerusform>Wrote {file}: %n interview, pseudonymised.</numerusform>
            <numerusform>Wrote {file}: %n interviews, pseudonymised.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/import_wizard.py" line="361"/>
        <source>%n rows below the header on row {header} ({where}).</source>
        <translation>
            <numerusform>%n row below the header on row {header} ({where}).</numerusform>
            <numerusform>%n rows below the header on row {header} ({where}).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotesView</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/notes_view.py" line="276"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewSection</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/overview_view.py" line="411"/>
        <source>%n international event(s) below one third from abroad.</source>
        <translation>
            <numerusform>%n international event below one third from abroad.</numerusform>
            <numerusform>%n international events below one third from abroad.</numerusform>
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
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrivacyPage</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="220"/>
        <source>%n years</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="305"/>
        <source>%n people are past the retention period.</source>
        <translation>
            <numerusform>%n person is past the retention period.</numerusform>
            <numerusform>%n people are past the retention period.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/privacy_view.py" line="330"/>
        <source>%n people erased.</source>
        <translation>
            <numerusform>%n person erased.</numerusform>
            <numerusform>%n people erased.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeView</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/programme_view.py" line="341"/>
        <source>%n session(s) fall outside the event&apos;s dates.</source>
        <translation>
            <numerusform>%n session falls outside the event&apos;s dates.</numerusform>
            <numerusform>%n sessions fall outside the event&apos;s dates.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecommendationsView</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/recommendations_view.py" line="170"/>
        <source>%n recommendation(s)</source>
        <translation>
            <numerusform>%n recommendation</numerusform>
            <numerusform>%n recommendations</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="188"/>
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} and %n more</numerusform>
            <numerusform>{names} and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistrationsPanel</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="446"/>
        <source>Register %n people</source>
        <translation>
            <numerusform>Register %n person</numerusform>
            <numerusform>Register %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="459"/>
        <source>Change %n registrations</source>
        <translation>
            <numerusform>Change %n registration</numerusform>
            <numerusform>Change %n registrations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="467"/>
        <source>Unregister %n people</source>
        <translation>
            <numerusform>Unregister %n person</numerusform>
            <numerusform>Unregister %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/registrations_view.py" line="496"/>
        <source>Saved %n participants to {path}.</source>
        <translation>
            <numerusform>Saved %n participant to {path}.</numerusform>
            <numerusform>Saved %n participants to {path}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportsSection</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="711"/>
        <source>{name}: %n page(s).</source>
        <translation>
            <numerusform>{name}: %n page.</numerusform>
            <numerusform>{name}: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/reports_view.py" line="758"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolkitView</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="178"/>
        <source>%n methodology(ies)</source>
        <translation>
            <numerusform>%n methodology</numerusform>
            <numerusform>%n methodologies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ecnet_desktop/ui/toolkit_view.py" line="212"/>
        <source>Added %n methodology(ies) to the Toolkit.</source>
        <translation>
            <numerusform>Added %n methodology to the Toolkit.</numerusform>
            <numerusform>Added %n methodologies to the Toolkit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>exchange</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/importer.py" line="118"/>
        <source>{file} has %n rejected cells; nothing was imported:
{report}</source>
        <translation>
            <numerusform>{file} has %n rejected cell; nothing was imported:
{report}</numerusform>
            <numerusform>{file} has %n rejected cells; nothing was imported:
{report}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>interviews</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/services/interviews.py" line="224"/>
        <source>This guide was used in %n interviews; it cannot be deleted.</source>
        <translation>
            <numerusform>This guide was used in %n interview; it cannot be deleted.</numerusform>
            <numerusform>This guide was used in %n interviews; it cannot be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>xlsform</name>
    <message numerus="yes">
        <location filename="../ecnet_desktop/exchange/xlsform.py" line="70"/>
        <source>{file} was not imported: %n problems.
{details}</source>
        <translation>
            <numerusform>{file} was not imported: %n problem.
{details}</numerusform>
            <numerusform>{file} was not imported: %n problems.
{details}</numerusform>
        </translation>
    </message>
</context>
</TS>
