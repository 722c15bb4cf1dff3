<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationImporter</name>
    <message>
        <source>&apos;%1&apos; is not a valid receipt code: use up to 64 letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no call with code &apos;%1&apos;. Check the code, or create the call before importing.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an organisation type. Use one of university, research_institute, sme, startup, large_enterprise, public_agency, or 대학, 연구기관, 중소기업, 스타트업, 대기업, 공공기관.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not yes or no. Use Y/N, true/false or 예/아니오.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a business registration number. Use the form NNN-NN-NNNNN, e.g. 123-45-67890.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a telephone number. Use digits, spaces, &apos;-&apos;, parentheses and an optional leading &apos;+&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no research field with code &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no accelerator type &apos;%1&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive whole number of GPUs.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a positive whole number of months.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Use YYYY-MM-DD, e.g. 2026-02-01.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Slurm account: use up to 64 lower-case letters, digits, &apos;_&apos; or &apos;-&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date and time with a UTC offset. Use ISO 8601, e.g. 2026-01-05T14:03:00+09:00.</source>
        <translation></translation>
    </message>
    <message>
        <source>The column names do not match the applications format, so nothing was imported. %1 The columns are: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation></translation>
    </message>
    <message>
        <source>The CSV file is malformed, so nothing was imported. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown column(s): %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Required column(s) missing: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Column(s) named more than once: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The row has %1 fields, but the header has %2 columns.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is not valid JSON (%1 at character %2), so nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>This JSON file is not a gpudesk applications export: its &quot;format&quot; must be &quot;gpudesk-applications&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>This file has version %1 of the applications format; this gpudesk reads version 1.</source>
        <translation></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation></translation>
    </message>
    <message>
        <source>The JSON file has no &quot;applications&quot; array.</source>
        <translation></translation>
    </message>
    <message>
        <source>The entry is not a JSON object.</source>
        <translation></translation>
    </message>
    <message>
        <source>The value must be text, a number or true/false.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown key(s) in &quot;applications&quot;: %1 (first in entry %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>The value is too long: %1 characters, at most %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Known types: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file %1 does not exist or is not a file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is %1 MB; files over %2 MB are refused. Split the export into smaller files.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB and was refused. Split the export into smaller files.</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown import format &apos;%1&apos;: use csv or json.</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipt code %1 appears more than once in the file (%2); none of them was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>entries %1</source>
        <translation></translation>
    </message>
    <message>
        <source>lines %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipt code %1 is already in the database: the application was imported before.</source>
        <translation></translation>
    </message>
    <message>
        <source>The applications could not be saved, so nothing was imported. Details: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ApplicationRepository</name>
    <message>
        <source>The application no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>Application %1 has an unknown status &apos;%2&apos;.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The application&apos;s call is missing.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ApplicationStateMachine</name>
    <message>
        <source>Cannot move from %1 to %2: the application is already in that status</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot move from %1 to %2: %1 is final and the application cannot change</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot move from %1 to %2: from %1 the application can only go to %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Moving from %1 to %2 needs a reason; write why before confirming</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>The profile database (default: the demo profile).</source>
        <translation></translation>
    </message>
    <message>
        <source>path</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Fills a new profile with generated data.
  demo   the fleet of the program today, the round-1 call, about 400 applications
  scale  the 2028 fleet: 6,500 nodes, 20,000 applications, 100,000 reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>demo or scale</source>
        <translation></translation>
    </message>
    <message>
        <source>Seed of the generator (same seed, same data).</source>
        <translation></translation>
    </message>
    <message>
        <source>number</source>
        <translation></translation>
    </message>
    <message>
        <source>Say which data to generate: demo or scale.</source>
        <translation></translation>
    </message>
    <message>
        <source>The seed must be a whole number.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was generated: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Generated %1 nodes in %2 racks, %3 organisations, %4 applications, %5 reviewers, %6 reviews, %7 allocations in %8 s.</source>
        <translation></translation>
    </message>
    <message>
        <source>Imports a file into a profile.
  applications FILE   applications exported by the online platform (CSV or JSON;
                      see docs/import-format.md). Every row is checked; rejected rows
                      are listed with their line and reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>applications</source>
        <translation></translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: gpudesk import applications FILE [--profile PATH]</source>
        <translation></translation>
    </message>
    <message>
        <source>command line import</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1:%2: %3%4</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported %1 applications (%2 new organisations); %3 rows rejected.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>The file is UTF-16 text. Save it as CSV UTF-8 and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is not closed (a quote character is missing). Check the quotes from this line on.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote. A field that contains quotes must be quoted as a whole, with each quote doubled (&quot;&quot;).</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1 is not valid UTF-8 text. Save the file as CSV UTF-8 and try again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DataGenerator</name>
    <message>
        <source>Checking the profile</source>
        <translation></translation>
    </message>
    <message>
        <source>This profile already has applications or nodes. Generated data goes into a new, empty profile only: create one and generate there.</source>
        <translation></translation>
    </message>
    <message>
        <source>Planning the fleet, organisations and applications</source>
        <translation></translation>
    </message>
    <message>
        <source>Planning reviews, selections and allocations</source>
        <translation></translation>
    </message>
    <message>
        <source>Writing the fleet</source>
        <translation></translation>
    </message>
    <message>
        <source>Writing organisations, users and calls</source>
        <translation></translation>
    </message>
    <message>
        <source>Writing applications and their history</source>
        <translation></translation>
    </message>
    <message>
        <source>Writing reviewers, assignments and reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Writing grants and allocations</source>
        <translation></translation>
    </message>
    <message>
        <source>Generating the demo data failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Generating the scale data failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Done</source>
        <extracomment>Progress step: the data were generated and saved</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>OrganizationType</name>
    <message>
        <source>University</source>
        <translation></translation>
    </message>
    <message>
        <source>Research institute</source>
        <translation></translation>
    </message>
    <message>
        <source>SME</source>
        <translation></translation>
    </message>
    <message>
        <source>Startup</source>
        <translation></translation>
    </message>
    <message>
        <source>Large enterprise</source>
        <translation></translation>
    </message>
    <message>
        <source>Public agency</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileErrorDialog</name>
    <message>
        <source>Cannot open the profile</source>
        <translation></translation>
    </message>
    <message>
        <source>gpudesk cannot open %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open another profile…</source>
        <translation></translation>
    </message>
    <message>
        <source>Create a new profile…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Profiles</name>
    <message>
        <source>There is no active user &apos;%1&apos; in this profile.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>Administrator</source>
        <translation></translation>
    </message>
    <message>
        <source>Program officer</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Screening</name>
    <message>
        <source>none</source>
        <extracomment>Stands for the list of accelerator types a call offers when it offers none</extracomment>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Requested %Ln GPU(s) of %2 are not a whole number of nodes of %L1 GPUs each</source>
        <translation>
            <numerusform>Requested %Ln GPU of %2 is not a whole number of nodes of %L1 GPUs each</numerusform>
            <numerusform>Requested %Ln GPUs of %2 are not a whole number of nodes of %L1 GPUs each</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requested %Ln GPU(s) (%L1 nodes) of %4 exceed the cap of %L2 GPUs (%L3 nodes)</source>
        <translation>
            <numerusform>Requested %Ln GPU (%L1 nodes) of %4 exceeds the cap of %L2 GPUs (%L3 nodes)</numerusform>
            <numerusform>Requested %Ln GPUs (%L1 nodes) of %4 exceed the cap of %L2 GPUs (%L3 nodes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Accelerator type &quot;%1&quot; is not offered in this call (offered: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator type &quot;%1&quot; has no node size in this call&apos;s rules</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Requested %Ln GPU(s): at least one node is needed</source>
        <translation>
            <numerusform>Requested %Ln GPU: at least one node is needed</numerusform>
            <numerusform>Requested %Ln GPUs: at least one node is needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requested %Ln month(s) of use: at least one month is needed</source>
        <translation>
            <numerusform>Requested %Ln month of use: at least one month is needed</numerusform>
            <numerusform>Requested %Ln months of use: at least one month is needed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requested %Ln month(s) of use exceed the call&apos;s maximum of %L1 months</source>
        <translation>
            <numerusform>Requested %Ln month of use exceeds the call&apos;s maximum of %L1 months</numerusform>
            <numerusform>Requested %Ln months of use exceed the call&apos;s maximum of %L1 months</numerusform>
        </translation>
    </message>
    <message>
        <source>Organisation type &quot;%1&quot; is not eligible in this call</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted on %1, before the call opened on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted on %1, after the call closed on %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Creating the demo profile…</source>
        <translation></translation>
    </message>
    <message>
        <source>gpudesk</source>
        <translation></translation>
    </message>
    <message>
        <source>The demo data could not be created: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile upgraded</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile was upgraded to the current schema. A copy of it as it was is at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation></translation>
    </message>
    <message>
        <source>gpudesk profiles (*.sqlite);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>New profile</source>
        <translation></translation>
    </message>
    <message>
        <source>gpudesk profiles (*.sqlite)</source>
        <translation></translation>
    </message>
    <message>
        <source>gpudesk: the desktop console of the national GPU allocation program.
Verbs: gpudesk generate --help, gpudesk import --help.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile to open.</source>
        <translation></translation>
    </message>
    <message>
        <source>path</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation></translation>
    </message>
    <message>
        <source>login</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of this session: ko or en.</source>
        <translation></translation>
    </message>
    <message>
        <source>code</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the time to the first painted frame and quit (benchmarks).</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Submitted</source>
        <translation></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation></translation>
    </message>
    <message>
        <source>Under review</source>
        <translation></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation></translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation></translation>
    </message>
    <message>
        <source>Active</source>
        <translation></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation></translation>
    </message>
    <message>
        <source>Reclaimed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The file cannot be read as a database. It may be damaged or belong to another program. Choose another profile or create a new one.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile database is damaged and cannot be read. Restore it from a backup, or create a new profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>This SQLite file belongs to another program, not to gpudesk. It was left untouched. Choose a gpudesk profile or create a new one.</source>
        <translation></translation>
    </message>
    <message>
        <source>This profile was written by a newer version of gpudesk (schema %1; this version knows up to %2). It was left untouched. Install the newer gpudesk to open it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile database is damaged (its integrity check failed). Nothing was changed. Restore it from a backup, or create a new profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile is on a network drive. gpudesk keeps its database on a local disk so that it cannot be damaged by a dropped connection. Copy the profile to a local folder and open it there.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder you can write to.</source>
        <translation></translation>
    </message>
    <message>
        <source>This profile is already open in another gpudesk window (process %1 on %2). Switch to that window, or open another profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder of this profile is not writable, so gpudesk cannot lock it. Copy the profile to a folder you can write to.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile file cannot be read. Check its permissions or choose another profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>This file is not a gpudesk profile (it is not an SQLite database). It was left untouched. Choose another file or create a new profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile or its folder is read-only. gpudesk needs to write next to the database (its journal). Copy the profile to a folder you can write to.</source>
        <translation></translation>
    </message>
    <message>
        <source>Before upgrading the profile, gpudesk makes a backup copy, and that failed. Nothing was changed. Free some disk space or check the folder&apos;s permissions.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile database could not be opened for writing.</source>
        <translation></translation>
    </message>
    <message>
        <source>Upgrading the profile failed and was undone; the profile is as it was. A backup copy is at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>(none: the profile was new)</source>
        <translation></translation>
    </message>
    <message>
        <source>The database is busy or read-only: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ApplicationBrowser</name>
    <message>
        <source>Export the view</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Start screening</source>
        <translation></translation>
    </message>
    <message>
        <source>Move the selected submitted applications to screening</source>
        <translation></translation>
    </message>
    <message>
        <source>Screen…</source>
        <translation></translation>
    </message>
    <message>
        <source>Check the selected applications against the call&apos;s rules: those that pass go to review, the others are rejected with the reasons</source>
        <translation></translation>
    </message>
    <message>
        <source>Change status…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export view…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save exactly the rows and columns on screen as CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 applications</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 applications</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) moved to screening.</source>
        <translation>
            <numerusform>%n application moved to screening.</numerusform>
            <numerusform>%n applications moved to screening.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets every rule of the call.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Screen %n application(s)?</source>
        <translation>
            <numerusform>Screen %n application?</numerusform>
            <numerusform>Screen %n applications?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n meet every rule and go to review.</source>
        <translation>
            <numerusform>%n meets every rule and goes to review.</numerusform>
            <numerusform>%n meet every rule and go to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n fail and will be rejected, with the failed rules recorded as the reason.</source>
        <translation>
            <numerusform>%n fails and will be rejected, with the failed rules recorded as the reason.</numerusform>
            <numerusform>%n fail and will be rejected, with the failed rules recorded as the reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Screen applications</source>
        <translation></translation>
    </message>
    <message>
        <source>Screened: %1 to review, %2 rejected.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change status</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) now %1.</source>
        <translation>
            <numerusform>%n application now %1.</numerusform>
            <numerusform>%n applications now %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2. Choose another folder.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::ApplicationDetailPanel</name>
    <message>
        <source>Select an application to see its details.</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation></translation>
    </message>
    <message>
        <source>Call</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation></translation>
    </message>
    <message>
        <source>Team</source>
        <translation></translation>
    </message>
    <message>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <source>Request</source>
        <translation></translation>
    </message>
    <message>
        <source>Time window</source>
        <translation></translation>
    </message>
    <message>
        <source>Slurm account</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost share</source>
        <translation></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation></translation>
    </message>
    <message>
        <source>Double-click or press Enter to open a document</source>
        <translation></translation>
    </message>
    <message>
        <source>History</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>Who</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>youth-founded</source>
        <translation></translation>
    </message>
    <message>
        <source>Business no. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 GPUs = %2 nodes of %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Granted: %1 nodes</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) from %1</source>
        <translation>
            <numerusform>%n month from %1</numerusform>
            <numerusform>%n months from %1</numerusform>
        </translation>
    </message>
    <message>
        <source>the call&apos;s allocation date</source>
        <translation></translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation></translation>
    </message>
    <message>
        <source>Unknown: the call sets no price or share rate for this case.</source>
        <translation></translation>
    </message>
    <message>
        <source>Free (share rate 0%) for %1 GPU-hours</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 for %2 GPU-hours at a %3% share%4</source>
        <translation></translation>
    </message>
    <message>
        <source>, youth discount applied</source>
        <translation></translation>
    </message>
    <message>
        <source>Meets every rule of the call.</source>
        <translation></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>(no documents)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Save document</source>
        <translation></translation>
    </message>
    <message>
        <source>The document could not be saved to %1: %2. Choose another folder.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ApplicationTableModel</name>
    <message>
        <source>Receipt no.</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>English title</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation></translation>
    </message>
    <message>
        <source>Investigator</source>
        <translation></translation>
    </message>
    <message>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation></translation>
    </message>
    <message>
        <source>GPUs (nodes)</source>
        <translation></translation>
    </message>
    <message>
        <source>Months</source>
        <translation></translation>
    </message>
    <message>
        <source>Desired start</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Call</source>
        <translation></translation>
    </message>
    <message>
        <source> · youth</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::FilterBar</name>
    <message>
        <source>All statuses</source>
        <translation></translation>
    </message>
    <message>
        <source>To screen (submitted, screening)</source>
        <translation></translation>
    </message>
    <message>
        <source>Decided (selected, waitlisted, rejected)</source>
        <translation></translation>
    </message>
    <message>
        <source>Search titles, organisations, investigators (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation></translation>
    </message>
    <message>
        <source>All accelerators</source>
        <translation></translation>
    </message>
    <message>
        <source>All organisation types</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes</source>
        <extracomment>Label before the node-count range filter</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>any</source>
        <extracomment>Shown in a node-range box when it does not limit anything</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Requested nodes (8 GPUs each)</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear the search and every filter</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::MainWindow</name>
    <message>
        <source>gpudesk — %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Offline · local profile</source>
        <extracomment>Sync state in the status bar: no server has been set up, work stays local</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>No sync server is configured; everything is kept in this profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import applications…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open &amp;profile…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy rows</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;lear filters</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Detail panel</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;olumns…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Applications</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;About gpudesk</source>
        <translation></translation>
    </message>
    <message>
        <source>Import applications</source>
        <translation></translation>
    </message>
    <message>
        <source>Platform exports (*.csv *.json);;CSV files (*.csv);;JSON files (*.json)</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1, %2: %3</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) imported</source>
        <translation>
            <numerusform>%n application imported</numerusform>
            <numerusform>%n applications imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) rejected</source>
        <translation>
            <numerusform>%n row rejected</numerusform>
            <numerusform>%n rows rejected</numerusform>
        </translation>
    </message>
    <message>
        <source>Rejected rows were not imported; fix them and import the file again (rows already imported are refused as duplicates).</source>
        <translation></translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation></translation>
    </message>
    <message>
        <source>gpudesk profiles (*.sqlite);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>About gpudesk</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;h3&gt;gpudesk %1&lt;/h3&gt;&lt;p&gt;The desktop console of the national advanced-GPU allocation program.&lt;/p&gt;&lt;p&gt;Qt %2 · SQLite %3 · profile schema %4&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation></translation>
    </message>
    <message>
        <source>System default</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation></translation>
    </message>
    <message>
        <source>Light</source>
        <translation></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::TransitionDialog</name>
    <message>
        <source>Change status</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s), now %1.</source>
        <translation>
            <numerusform>%n application, now %1.</numerusform>
            <numerusform>%n applications, now %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>New status</source>
        <translation></translation>
    </message>
    <message>
        <source>Why? It is recorded in the history and shown to officers.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>No status can follow %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>A reason is required for this change.</source>
        <translation></translation>
    </message>
    <message>
        <source>A reason is optional.</source>
        <translation></translation>
    </message>
</context>
</TS>
