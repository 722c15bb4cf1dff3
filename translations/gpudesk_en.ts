<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountRules</name>
    <message>
        <source>The login must be 2-32 lower-case letters, digits, dots, hyphens or underscores, such as &quot;kim.seoyeon&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another user already signs in as %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the user&apos;s name as others should read it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The name is longer than 80 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the user&apos;s role.</source>
        <translation></translation>
    </message>
    <message>
        <source>You cannot disable yourself; another administrator can.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is the profile&apos;s last active administrator; make another user an administrator first, or nobody could manage users.</source>
        <translation></translation>
    </message>
    <message>
        <source>You cannot take away your own administration; another administrator can.</source>
        <translation></translation>
    </message>
    <message>
        <source>A password may have at most %1 characters.</source>
        <translation></translation>
    </message>
    <message>
        <source>The password must not be the login.</source>
        <translation></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AgendaReport</name>
    <message>
        <source>%1 – %2</source>
        <extracomment>A period: first day – last day</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>1. Requests against the pools</source>
        <translation></translation>
    </message>
    <message>
        <source>In nodes. Committed counts what every call holds of the pool or has been granted (this round&apos;s approved demands too); still asked for counts the demands before the meeting or deferred by it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>Committed</source>
        <translation></translation>
    </message>
    <message>
        <source>Left</source>
        <translation></translation>
    </message>
    <message>
        <source>Demands</source>
        <translation></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation></translation>
    </message>
    <message>
        <source>Still asked for</source>
        <translation></translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>The round draws on no pool: give its accelerator types a pool in the call&apos;s settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the pool has %2; %3 are committed and %4 left.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: the demands still open ask for %2 more than the pool has left.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>Score</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s)</source>
        <translation>
            <numerusform>%n demand</numerusform>
            <numerusform>%n demands</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 approved: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No demand of this type has reached the agenda.</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved period</source>
        <translation></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation></translation>
    </message>
    <message>
        <source>The meeting has not decided on any demand of this round yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>National-project meeting agenda</source>
        <translation></translation>
    </message>
    <message>
        <source>Round</source>
        <translation></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes requested</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Decided</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 approved, %2 deferred, %3 not approved, %4 open</source>
        <translation></translation>
    </message>
    <message>
        <source>2. Demands ranked by the pre-review</source>
        <translation></translation>
    </message>
    <message>
        <source>Per accelerator type, the demands with every review the round requires are ranked by their normalised pre-review score (each reviewer&apos;s scale corrected); those with too few reviews follow without a rank.</source>
        <translation></translation>
    </message>
    <message>
        <source>Per accelerator type, the demands with every review the round requires are ranked by their pre-review score; those with too few reviews follow without a rank.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No demand has reached the agenda.</source>
        <translation></translation>
    </message>
    <message>
        <source>3. Proposed decisions</source>
        <translation></translation>
    </message>
    <message>
        <source>The program officer&apos;s proposal to the meeting per demand, from the pre-review results. The meeting decides; its decisions follow.</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposed nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposed period</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>No decision has been proposed for this round&apos;s demands yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation></translation>
    </message>
    <message>
        <source>4. Decisions recorded</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AllocationReport</name>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>Where</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation></translation>
    </message>
    <message>
        <source>Free</source>
        <translation></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation></translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation></translation>
    </message>
    <message>
        <source>any</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocation status</source>
        <translation></translation>
    </message>
    <message>
        <source>The fleet as of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>As of</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Ending within %n day(s)</source>
        <translation>
            <numerusform>Ending within %n day</numerusform>
            <numerusform>Ending within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>1. Nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Counts at %1. Occupancy is the allocated share of the usable nodes (out of service: maintenance, failed or reserved).</source>
        <translation></translation>
    </message>
    <message>
        <source>Usable</source>
        <translation></translation>
    </message>
    <message>
        <source>By provider</source>
        <translation></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation></translation>
    </message>
    <message>
        <source>By accelerator type</source>
        <translation></translation>
    </message>
    <message>
        <source>By pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation></translation>
    </message>
    <message>
        <source>By cluster</source>
        <translation></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation></translation>
    </message>
    <message>
        <source>2. Occupancy over the coming months</source>
        <translation></translation>
    </message>
    <message>
        <source>Per calendar month: the nodes held on its first day (today for the current month), the nodes held on average over the month by the allocations on the books, and that average as a share of the type&apos;s usable nodes today.</source>
        <translation></translation>
    </message>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source>Usable nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Held at start</source>
        <translation></translation>
    </message>
    <message>
        <source>Held on average</source>
        <translation></translation>
    </message>
    <message>
        <source>The fleet has no nodes yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Occupancy %</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>3. Allocations ending within %n day(s)</source>
        <translation>
            <numerusform>3. Allocations ending within %n day</numerusform>
            <numerusform>3. Allocations ending within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s)</source>
        <translation>
            <numerusform>%n allocation</numerusform>
            <numerusform>%n allocations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No allocation ends within %n day(s).</source>
        <translation>
            <numerusform>No allocation ends within %n day.</numerusform>
            <numerusform>No allocation ends within %n days.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllocationRepository</name>
    <message>
        <source>The allocation could not be saved: %1. Nothing was changed; try again, and if it keeps failing, check the profile&apos;s disk.</source>
        <translation></translation>
    </message>
    <message>
        <source>The application no longer exists; reload the map.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Released %n node(s).</source>
        <translation>
            <numerusform>Released %n node.</numerusform>
            <numerusform>Released %n nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Assigned %n node(s) from %1 to %2.</source>
        <translation>
            <numerusform>Assigned %n node from %1 to %2.</numerusform>
            <numerusform>Assigned %n nodes from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Changed the allocation: %1 added, %2 removed; %n node(s) from %3 to %4.</source>
        <translation>
            <numerusform>Changed the allocation: %1 added, %2 removed; %n node from %3 to %4.</numerusform>
            <numerusform>Changed the allocation: %1 added, %2 removed; %n nodes from %3 to %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>planned</source>
        <translation></translation>
    </message>
    <message>
        <source>active</source>
        <translation></translation>
    </message>
    <message>
        <source>completed</source>
        <translation></translation>
    </message>
    <message>
        <source>released</source>
        <translation></translation>
    </message>
    <message>
        <source>The allocation of %1 was changed meanwhile (in another window or by a sync); reload the map and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is %2; only selected, allocated and active projects hold nodes.</source>
        <translation></translation>
    </message>
    <message>
        <source>The allocation window began on %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The allocation window ended after %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The provider no longer exists; choose another one.</source>
        <translation></translation>
    </message>
    <message>
        <source>The hand-over list could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <extracomment>Column headers of the hand-over list for a provider&apos;s operations team.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Row</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation></translation>
    </message>
    <message>
        <source>Hostname</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator</source>
        <translation></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Slurm account</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>First day</source>
        <translation></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>The hand-over list could not be written: %1. Check that the folder is writable and the disk has room.</source>
        <translation></translation>
    </message>
    <message>
        <source>The release could not be saved: %1. Nothing was changed; try again, and if it keeps failing, check the profile&apos;s disk.</source>
        <translation></translation>
    </message>
    <message>
        <source>The application no longer exists; reload the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds no nodes, so there are none to release.</source>
        <translation></translation>
    </message>
    <message>
        <source>The allocation of %1 ended on %2; there is nothing left to release.</source>
        <translation></translation>
    </message>
    <message>
        <source>A chosen node is not held by %1 (any more); reload and choose again.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Released %n node(s) from %1 on.</source>
        <translation>
            <numerusform>Released %n node from %1 on.</numerusform>
            <numerusform>Released %n nodes from %1 on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AllocationRules</name>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is in maintenance and takes no new work.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has failed and takes no new work.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is reserved and takes no new work.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>The window must end after it starts (it runs from %1 to %2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The window from %1 to %2 is longer than 12 months; let it end on %3 at the latest.</source>
        <translation></translation>
    </message>
    <message>
        <source>The window from %1 to %2 is already over; choose dates to come.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 was granted %2 nodes; %n node(s) chosen.</source>
        <translation>
            <numerusform>%1 was granted %2 nodes; %n node chosen.</numerusform>
            <numerusform>%1 was granted %2 nodes; %n nodes chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The call allows at most %1 nodes per project; %n node(s) chosen for %2.</source>
        <translation>
            <numerusform>The call allows at most %1 nodes per project; %n node chosen for %2.</numerusform>
            <numerusform>The call allows at most %1 nodes per project; %n nodes chosen for %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is a %2 node; %3 asked for %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is in no pool; %2 draws on pool %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is in pool %2; %3 draws on pool %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already allocated to %2 from %3 to %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is active: its nodes are in use. Shorten its window instead, or reclaim the project.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is %2; only selected, allocated and active projects hold nodes.</source>
        <translation></translation>
    </message>
    <message>
        <source>A chosen node is no longer in the fleet; reload the map and choose again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is chosen twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>no pool</source>
        <translation></translation>
    </message>
    <message>
        <source>A chosen node is no longer in the fleet; reload and choose again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is a %2 node; pool %3 holds %4 nodes.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is allocated to %2 from pool %3 until %4; moving it to %5 would take it from that project. Move or release the allocation on the rack map first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is allocated to %2 from %3 to %4; release or move that allocation first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds %2&apos;s allocation from %3 to %4; move the project to another node on the rack map.</source>
        <translation></translation>
    </message>
</context>
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
    <message>
        <source>%1: changing the granted nodes needs a reason; write why before confirming.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: a grant needs at least one node.</source>
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
    <name>AssignmentStatus</name>
    <message>
        <source>Assigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The audit log could not be written: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>User</source>
        <translation></translation>
    </message>
    <message>
        <source>Action</source>
        <translation></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Entity id</source>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
    <message>
        <source>The file could not be written; check the disk and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Status change</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocation change</source>
        <translation></translation>
    </message>
    <message>
        <source>Performance check</source>
        <translation></translation>
    </message>
    <message>
        <source>Statements issued</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewers auto-assigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewers assigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewers reassigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Assignment withdrawn</source>
        <translation></translation>
    </message>
    <message>
        <source>Review reopened</source>
        <translation></translation>
    </message>
    <message>
        <source>Call created</source>
        <translation></translation>
    </message>
    <message>
        <source>Call changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Panel closed</source>
        <translation></translation>
    </message>
    <message>
        <source>Added to the inventory</source>
        <translation></translation>
    </message>
    <message>
        <source>Inventory changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation></translation>
    </message>
    <message>
        <source>Node state</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes moved to a pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Node list imported</source>
        <translation></translation>
    </message>
    <message>
        <source>User created</source>
        <translation></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation></translation>
    </message>
    <message>
        <source>User disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>User enabled</source>
        <translation></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation></translation>
    </message>
    <message>
        <source>Own password changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewer profile changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewer copies removed</source>
        <translation></translation>
    </message>
    <message>
        <source>Application</source>
        <translation></translation>
    </message>
    <message>
        <source>Call</source>
        <translation></translation>
    </message>
    <message>
        <source>Node</source>
        <translation></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack row</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation></translation>
    </message>
    <message>
        <source>Review</source>
        <translation></translation>
    </message>
    <message>
        <source>Review assignment</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>AuditedRecord</name>
    <message>
        <source>The record was changed or retired meanwhile; reload and try again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <source>Starting…</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelling: undoing what was done so far…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallAdminRepository</name>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation></translation>
    </message>
    <message>
        <source>The call was not saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The call no longer exists in this profile; reload the list.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) of this call were already screened under its rules; give a reason for the change.</source>
        <translation>
            <numerusform>%n application of this call was already screened under its rules; give a reason for the change.</numerusform>
            <numerusform>%n applications of this call were already screened under its rules; give a reason for the change.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call could not be saved</source>
        <translation></translation>
    </message>
    <message>
        <source>The review panel of call %1 is closed already.</source>
        <translation></translation>
    </message>
    <message>
        <source>The panel could not be closed</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallStage</name>
    <message>
        <source>accepting applications</source>
        <translation></translation>
    </message>
    <message>
        <source>screening</source>
        <translation></translation>
    </message>
    <message>
        <source>under review</source>
        <translation></translation>
    </message>
    <message>
        <source>selection</source>
        <translation></translation>
    </message>
    <message>
        <source>allocation</source>
        <translation></translation>
    </message>
    <message>
        <source>closed</source>
        <translation></translation>
    </message>
    <message>
        <source>demand survey</source>
        <translation></translation>
    </message>
    <message>
        <source>expert pre-review</source>
        <translation></translation>
    </message>
    <message>
        <source>deliberation</source>
        <translation></translation>
    </message>
    <message>
        <source>submission</source>
        <translation></translation>
    </message>
    <message>
        <source>evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>decision</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallStageRepository</name>
    <message>
        <source>The call&apos;s applications could not be read: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(ies) are checked against the call&apos;s rules and go to review.</source>
        <translation>
            <numerusform>%n entry is checked against the call&apos;s rules and goes to review.</numerusform>
            <numerusform>%n entries are checked against the call&apos;s rules and go to review.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them break a rule and will be rejected with the reason.</source>
        <translation>
            <numerusform>%n of them breaks a rule and will be rejected with the reason.</numerusform>
            <numerusform>%n of them break a rule and will be rejected with the reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>The call no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The stage could not be saved: %1. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call&apos;s rules could not be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>Checked against the call&apos;s rules when the call entered %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Meets the call&apos;s rules.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n went to review</source>
        <translation>
            <numerusform>%n went to review</numerusform>
            <numerusform>%n went to review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rejected by the call&apos;s rules</source>
        <translation>
            <numerusform>%n rejected by the call&apos;s rules</numerusform>
            <numerusform>%n rejected by the call&apos;s rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CallStages</name>
    <message>
        <source>Accepting applications</source>
        <extracomment>Stage of a call: applications come in</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Demand survey</source>
        <extracomment>Stage of a national-project round: the ministries&apos; demand survey (수요조사)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Results submission</source>
        <extracomment>Stage of a program&apos;s yearly round: the teams hand in their results</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Screening</source>
        <translation></translation>
    </message>
    <message>
        <source>Under review</source>
        <extracomment>Stage of a call: the expert review</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Pre-review</source>
        <extracomment>Stage of a national-project round: the experts&apos; pre-review (사전 검토)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Annual evaluation</source>
        <extracomment>Stage of a program&apos;s yearly round: the annual evaluation (연차평가)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Selection</source>
        <translation></translation>
    </message>
    <message>
        <source>Deliberation and decision</source>
        <extracomment>Stage of a national-project round: the ministers&apos; meeting deliberates and decides (심의·의결)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Share decision</source>
        <extracomment>Stage of a program&apos;s yearly round: next year&apos;s node shares are decided</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Allocation</source>
        <extracomment>Stage of a call: the decided projects get nodes</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Closed</source>
        <extracomment>Stage of a call: nothing more happens</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>The call type&apos;s stages are not a list of stage names; an administrator must correct the call type.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call type names a stage this version of gpudesk does not know (%1); known stages are %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>not a name</source>
        <translation></translation>
    </message>
    <message>
        <source>The call type names the stage %1 twice; each stage comes once.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call type has fewer than two stages; a call needs at least a stage to work in and one to close.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call type has no stages; an administrator must set them first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a stage of this call type; its stages are %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call is at a stage its type does not have (%1); it can only start again at %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call is already at %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call is %1, the last stage; it cannot move any more.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot skip from %1 to %2: the next stage is %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot go back from %1 to %2: a call goes back one stage at a time, to %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Going back from %1 to %2 reopens work that was thought done; write why before confirming.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallSummaryReport</name>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation></translation>
    </message>
    <message>
        <source>Share</source>
        <translation></translation>
    </message>
    <message>
        <source>Requested</source>
        <translation></translation>
    </message>
    <message>
        <source>(no field)</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>Place</source>
        <translation></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Application</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Score</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>No application of this call is on the waitlist.</source>
        <translation></translation>
    </message>
    <message>
        <source>No application of this call has been selected yet.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n waitlisted</source>
        <translation>
            <numerusform>%1: %n waitlisted</numerusform>
            <numerusform>%1: %n waitlisted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n selected</numerusform>
            <numerusform>%1: %n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>2. Review outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Applications are ranked per accelerator type by their normalised score (each reviewer&apos;s scale corrected).</source>
        <translation></translation>
    </message>
    <message>
        <source>Applications are ranked per accelerator type by the mean of their reviews&apos; scores.</source>
        <translation></translation>
    </message>
    <message>
        <source>Applications by status</source>
        <translation></translation>
    </message>
    <message>
        <source>Selection per accelerator type</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation></translation>
    </message>
    <message>
        <source>Committed</source>
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
        <source>Under review</source>
        <translation></translation>
    </message>
    <message>
        <source>Too few reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The call offers no accelerator type.</source>
        <translation></translation>
    </message>
    <message>
        <source>Committed counts every call that draws on the pool; selected counts the applications selected and those allocated, active, completed or reclaimed since, with the nodes granted to them.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Call</source>
        <translation></translation>
    </message>
    <message>
        <source>Application window</source>
        <translation></translation>
    </message>
    <message>
        <source>1. Applications</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) reached the call %1 from %2 to %3; together they request %4.</source>
        <translation>
            <numerusform>%n application reached the call %1 from %2 to %3; together they request %4.</numerusform>
            <numerusform>%n applications reached the call %1 from %2 to %3; together they request %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>By organisation type</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation type</source>
        <translation></translation>
    </message>
    <message>
        <source>By accelerator type</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator type</source>
        <translation></translation>
    </message>
    <message>
        <source>By requested nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes requested</source>
        <translation></translation>
    </message>
    <message>
        <source>By field</source>
        <translation></translation>
    </message>
    <message>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <source>The chart shows the 15 fields with the most applications; the table above lists every field.</source>
        <translation></translation>
    </message>
    <message>
        <source>3. Selected applications</source>
        <translation></translation>
    </message>
    <message>
        <source>4. Waitlist</source>
        <translation></translation>
    </message>
    <message>
        <source>Waitlisted applications move up in this order when selected projects give nodes back.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>CallValidation</name>
    <message>
        <source>Give the call a code, such as 2026-R1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may hold only letters, digits, dots, hyphens and underscores (at most 32), starting with a letter or digit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another call already has the code %1; choose another.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the call a Korean title; applicants see it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the type of the call.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the stage the call is in.</source>
        <translation></translation>
    </message>
    <message>
        <source>The stage &quot;%1&quot; is not a stage of this type of call; choose one of %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Set the first and the last day of the application window.</source>
        <translation></translation>
    </message>
    <message>
        <source>The application window closes on %1, before it opens on %2; swap the days.</source>
        <translation></translation>
    </message>
    <message>
        <source>The review deadline %1 comes before the window closes on %2; reviews can only end after the last application is in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocation starts on %1, not after the window closes on %2; let it start later.</source>
        <translation></translation>
    </message>
    <message>
        <source>The maximum duration must be between 1 and %1 months; it is %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Offer at least one accelerator type, with its cap and price.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is offered twice; keep one line per type.</source>
        <translation></translation>
    </message>
    <message>
        <source>The cap per project for %1 must be at least one node; it is %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Set the market price per GPU-hour of %1; statements multiply by it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The pool chosen for %1 no longer exists; choose another.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool %1 holds another type of node than %2; choose a %2 pool.</source>
        <translation></translation>
    </message>
    <message>
        <source>The cap of %1 nodes for %2 is more than pool %3 holds (%4 nodes); lower the cap.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) of this call ask for %1; keep offering it.</source>
        <translation>
            <numerusform>%n application of this call asks for %1; keep offering it.</numerusform>
            <numerusform>%n applications of this call ask for %1; keep offering it.</numerusform>
        </translation>
    </message>
    <message>
        <source>The share of %1 must be between 0 and 100 %.</source>
        <translation></translation>
    </message>
    <message>
        <source>No organisation type may apply; make at least one eligible.</source>
        <translation></translation>
    </message>
    <message>
        <source>The youth discount must be between 0 and 100 %; it is %1 %.</source>
        <translation></translation>
    </message>
    <message>
        <source>VAT must be between 0 and 100 %; it is %1 %.</source>
        <translation></translation>
    </message>
    <message>
        <source>Add the rubric&apos;s criteria; reviewers score by them.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion %1 has no name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Two criteria are named &quot;%1&quot;; reviewers could not tell them apart.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion %1 needs a positive weight; it is %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Criterion %1 scores from %2 to %3; the range must run upwards within 0-100.</source>
        <translation></translation>
    </message>
    <message>
        <source>The weights add up to %1; they must add up to 100.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) were already submitted against this rubric, so its criteria, weights and ranges can no longer change (names and guidance can).</source>
        <translation>
            <numerusform>%n review was already submitted against this rubric, so its criteria, weights and ranges can no longer change (names and guidance can).</numerusform>
            <numerusform>%n reviews were already submitted against this rubric, so its criteria, weights and ranges can no longer change (names and guidance can).</numerusform>
        </translation>
    </message>
    <message>
        <source>Each application needs 1 to %1 reviewers (typically 3-5); it is %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The waitlist holds 0 to %1 projects per type; it is %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The idle threshold must be between 1 and 100 % utilisation; it is %1 %.</source>
        <translation></translation>
    </message>
    <message>
        <source>The idle period must be between 1 and %1 days; it is %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
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
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation></translation>
    </message>
    <message>
        <source>Opens</source>
        <translation></translation>
    </message>
    <message>
        <source>Closes</source>
        <translation></translation>
    </message>
    <message>
        <source>Review deadline</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocation from</source>
        <translation></translation>
    </message>
    <message>
        <source>Maximum months</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewers per application</source>
        <translation></translation>
    </message>
    <message>
        <source>Waitlist length</source>
        <translation></translation>
    </message>
    <message>
        <source>Youth discount %</source>
        <translation></translation>
    </message>
    <message>
        <source>Idle threshold %</source>
        <translation></translation>
    </message>
    <message>
        <source>Idle days</source>
        <translation></translation>
    </message>
    <message>
        <source>VAT %</source>
        <translation></translation>
    </message>
    <message>
        <source>Pledge text changed (reviewers accept it again)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 offered</source>
        <translation></translation>
    </message>
    <message>
        <source>no</source>
        <translation></translation>
    </message>
    <message>
        <source>cap %1 nodes, %2 per GPU-hour</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cap (nodes)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 price per GPU-hour</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 pool</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 eligible</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 share</source>
        <translation></translation>
    </message>
    <message>
        <source>Rubric: English names or guidance changed</source>
        <translation></translation>
    </message>
    <message>
        <source>Rubric: %1 → %2</source>
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
        <source>the file to import</source>
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
    <message>
        <source>nvidia-smi files do not say which host they come from: name it with --host HOSTNAME.</source>
        <translation></translation>
    </message>
    <message>
        <source>--at %1 is not an ISO 8601 time such as 2027-03-01T09:00:00+09:00.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1:%2: %3</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of %1 skipped: the host is not in the fleet.</source>
        <translation type="vanished">
            <numerusform>%n sample of %1 skipped: the host is not in the fleet.</numerusform>
            <numerusform>%n samples of %1 skipped: the host is not in the fleet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) skipped: no GPU index.</source>
        <translation type="vanished">
            <numerusform>%n sample skipped: no GPU index.</numerusform>
            <numerusform>%n samples skipped: no GPU index.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MIG instance sample(s) skipped: only whole GPUs are stored.</source>
        <translation type="vanished">
            <numerusform>%n MIG instance sample skipped: only whole GPUs are stored.</numerusform>
            <numerusform>%n MIG instance samples skipped: only whole GPUs are stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>applications or telemetry</source>
        <translation></translation>
    </message>
    <message>
        <source>format</source>
        <translation></translation>
    </message>
    <message>
        <source>The host an nvidia-smi file comes from.</source>
        <translation></translation>
    </message>
    <message>
        <source>hostname</source>
        <translation></translation>
    </message>
    <message>
        <source>For dcgm lines without a timestamp: the moment of the scrape (ISO 8601; default now).</source>
        <translation></translation>
    </message>
    <message>
        <source>time</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus: the server&apos;s base URL.</source>
        <translation></translation>
    </message>
    <message>
        <source>url</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus: start (ISO 8601; default an hour before --to).</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus: end (ISO 8601; default now).</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus: step, such as 60s or 5m.</source>
        <translation></translation>
    </message>
    <message>
        <source>step</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus: label matchers, such as job=&quot;dcgm&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>selector</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus: CA file to verify the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>file</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the Prometheus server with --url, such as --url https://prometheus.example:9090/.</source>
        <translation></translation>
    </message>
    <message>
        <source>--step %1 is not a step such as 60s, 5m or 1h.</source>
        <translation></translation>
    </message>
    <message>
        <source>--to %1 is not an ISO 8601 time such as 2027-03-01T09:00:00+09:00.</source>
        <translation></translation>
    </message>
    <message>
        <source>--from %1 is not an ISO 8601 time such as 2027-03-01T09:00:00+09:00.</source>
        <translation></translation>
    </message>
    <message>
        <source>The samples up to %1 were imported; fetch again from there.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>This profile has no calls: there is nothing to report on yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the call with --call; the profile has %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation></translation>
    </message>
    <message>
        <source>Language of the report: ko or en.</source>
        <translation></translation>
    </message>
    <message>
        <source>language</source>
        <translation></translation>
    </message>
    <message>
        <source>call</source>
        <translation></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD) or month (YYYY-MM): usage and statements. Usage defaults to the 30 days up to yesterday, statements to every month.</source>
        <translation></translation>
    </message>
    <message>
        <source>day</source>
        <translation></translation>
    </message>
    <message>
        <source>Last day or month: usage and statements.</source>
        <translation></translation>
    </message>
    <message>
        <source>The classification printed on every page, such as 대외비 (default: none).</source>
        <translation></translation>
    </message>
    <message>
        <source>text</source>
        <translation></translation>
    </message>
    <message>
        <source>The name printed as the report&apos;s author.</source>
        <translation></translation>
    </message>
    <message>
        <source>name</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the PDF to write with --out FILE.</source>
        <translation></translation>
    </message>
    <message>
        <source>--lang takes ko or en, not %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write days as YYYY-MM-DD (2026-02-01) or months as YYYY-MM (2026-02).</source>
        <translation></translation>
    </message>
    <message>
        <source>No report was written: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1: %2, %n page(s), in %3 s.</source>
        <translation>
            <numerusform>Wrote %1: %2, %n page, in %3 s.</numerusform>
            <numerusform>Wrote %1: %2, %n pages, in %3 s.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: schema %2, %3 MB, integrity %4, last change %5</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Call codes: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Backs up a profile while gpudesk may be using it (SQLite&apos;s online backup: one consistent snapshot, checked before it is kept).
  PROFILE  the profile file, or the name of one in the profiles folder
  FILE     the backup to write; a folder names it PROFILE.backup-DATE-TIME.sqlite</source>
        <translation></translation>
    </message>
    <message>
        <source>the profile to back up</source>
        <translation></translation>
    </message>
    <message>
        <source>the backup file or folder</source>
        <translation></translation>
    </message>
    <message>
        <source>With a folder: keep only the newest N backups of this profile there.</source>
        <translation></translation>
    </message>
    <message>
        <source>N</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: gpudesk backup PROFILE FILE|FOLDER [--keep N]</source>
        <translation></translation>
    </message>
    <message>
        <source>--keep needs a whole number of at least 1.</source>
        <translation></translation>
    </message>
    <message>
        <source>--keep applies to a folder of backups; name a folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 MB, integrity ok).</source>
        <translation></translation>
    </message>
    <message>
        <source>Removed the older backup %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Restores a backup into a profile. Refused while the profile is open in gpudesk; an existing profile is first kept next to it as PROFILE.replaced-DATE-TIME.sqlite.
  FILE     the backup
  PROFILE  the profile file, or the name of one in the profiles folder</source>
        <translation></translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation></translation>
    </message>
    <message>
        <source>the profile to restore into</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: gpudesk restore FILE PROFILE</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Restored %1 into %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile it replaced is kept as %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The demo telemetry could not be made: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported %1 GPU readings (every two hours) of %2 nodes from %3 to %4 and %5 Slurm jobs in %6 s; idle on purpose: %7; exporter silent for three days: %8.</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported %1 new and %2 changed jobs (%3 unchanged) from %4 lines; %5 lines skipped.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the telemetry format with --format dcgm, nvidia-smi or sacct (or prometheus with --url instead of a file).</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported %1 samples (%2 of MIG instances; %3 rollup rows written) from %4 lines; %5 lines and %6 samples skipped.</source>
        <translation></translation>
    </message>
    <message>
        <source>Imports a file into a profile.
  applications FILE   applications exported by the online platform (CSV or JSON;
                      see docs/import-format.md). Every row is checked; rejected rows
                      are listed with their line and reason.
  telemetry FILE      GPU telemetry: --format dcgm (dcgm-exporter text), nvidia-smi
                      (CSV of one host, named with --host) or sacct (Slurm jobs, times
                      in Asia/Seoul). Samples of hosts not in the fleet are counted per
                      host; a sample or job already stored is not counted twice; the
                      file is written whole or not at all.
  telemetry --format prometheus --url URL
                      dcgm-exporter metrics from a Prometheus server&apos;s
                      HTTP API over a period; a token or password comes
                      from GPUDESK_PROMETHEUS_TOKEN, or
                      GPUDESK_PROMETHEUS_USER and _PASSWORD.</source>
        <translation></translation>
    </message>
    <message>
        <source>Telemetry format: dcgm, nvidia-smi, sacct or prometheus.</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: gpudesk import applications FILE [--profile PATH]
       gpudesk import telemetry --format dcgm|nvidia-smi|sacct FILE [--profile PATH] [--host HOSTNAME] [--at ISO-TIME]
       gpudesk import telemetry --format prometheus --url URL [--from ISO-TIME] [--to ISO-TIME] [--step 60s] [--match SELECTOR] [--ca FILE] [--profile PATH]</source>
        <translation></translation>
    </message>
    <message>
        <source>Rebuilds the usage figures (every scope and tier) of a period from the stored samples, for instance after allocations were changed after the fact. Days are Asia/Seoul days; --to is inclusive. Only days that still have samples can be rebuilt.</source>
        <translation></translation>
    </message>
    <message>
        <source>what to do: rebuild</source>
        <translation></translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD) or moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD) or moment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage: gpudesk rollup rebuild --from YYYY-MM-DD --to YYYY-MM-DD [--profile PATH]</source>
        <translation></translation>
    </message>
    <message>
        <source>Rebuilt %1 rollup rows from %2 readings between %3 and %4 in %5 s.</source>
        <translation></translation>
    </message>
    <message>
        <source>Fills a new profile with generated data.
  demo   the fleet of the program today, the round-1 call, about 400 applications,
         a national-project round and the World Best LLM program
  scale  the 2028 fleet: 6,500 nodes, 20,000 applications, 100,000 reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Other tracks: %1 national-project demands, %2 program teams.</source>
        <translation></translation>
    </message>
    <message>
        <source>This profile has no round for the %1 report: there is nothing to report on yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the round with --round; the profile has %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Writes a report as a PDF (A4, fonts embedded), without a window.
  call-summary  a call&apos;s applications, review outcome, selected and waitlisted
  allocation    the fleet&apos;s nodes, occupancy over the coming year, allocations ending
  usage         utilisation, projects flagged as idle with their evidence, checks
  statements    a call&apos;s monthly cost-share statements and its total
  agenda        a national-project round&apos;s demands for the ministers&apos; meeting
  evaluation    a program round&apos;s teams by score with next year&apos;s shares</source>
        <translation></translation>
    </message>
    <message>
        <source>call-summary, allocation, usage, statements, agenda or evaluation</source>
        <translation></translation>
    </message>
    <message>
        <source>The call, by code or id (default: the profile&apos;s only call); for agenda and evaluation the round (default: the profile&apos;s only round of that kind).</source>
        <translation></translation>
    </message>
    <message>
        <source>Call summary, agenda and evaluation: rank by normalised scores.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say which report to write: call-summary, allocation, usage, statements, agenda or evaluation. See gpudesk report --help.</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing demo telemetry…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ConnectCommand</name>
    <message>
        <source>Signs a profile in to a gpudesk-server and runs its first sync, without a window.
The server&apos;s certificate is trusted through its CA file (ca.pem of gpudesk-server init); the password is read from standard input.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s address, https://host:port.</source>
        <translation></translation>
    </message>
    <message>
        <source>url</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s CA certificate file (PEM).</source>
        <translation></translation>
    </message>
    <message>
        <source>file</source>
        <translation></translation>
    </message>
    <message>
        <source>Your login on the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>login</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync every this many minutes while the window is open (0: only on demand; default 15).</source>
        <translation></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the server&apos;s address with --server https://host:port.</source>
        <translation></translation>
    </message>
    <message>
        <source>--ca FILE, --login LOGIN and --password-stdin are needed. See gpudesk connect --help.</source>
        <translation></translation>
    </message>
    <message>
        <source>--interval takes minutes from 0 to 1440.</source>
        <translation></translation>
    </message>
    <message>
        <source>No password on standard input: nothing was done.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The settings could not be saved in the profile: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The first sync did not finish: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Synced: %n row(s) received.</source>
        <translation>
            <numerusform>Synced: %n row received.</numerusform>
            <numerusform>Synced: %n rows received.</numerusform>
        </translation>
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
    <name>CsvTable</name>
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
    <message>
        <source>Writing the national-project round and the program</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DcgmParser</name>
    <message>
        <source>The line does not start with a metric name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The label set is broken (expected {name=&quot;value&quot;, ...}).</source>
        <translation></translation>
    </message>
    <message>
        <source>The line has no value.</source>
        <translation></translation>
    </message>
    <message>
        <source>The value is not a number.</source>
        <translation></translation>
    </message>
    <message>
        <source>The timestamp is not a whole number of milliseconds.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is unexpected text after the timestamp.</source>
        <translation></translation>
    </message>
    <message>
        <source>The line has no Hostname label, so its node is unknown.</source>
        <translation></translation>
    </message>
    <message>
        <source>The line has neither a gpu nor a UUID label.</source>
        <translation></translation>
    </message>
    <message>
        <source>The gpu label is not a GPU index.</source>
        <translation></translation>
    </message>
    <message>
        <source>The value is outside the possible range for this metric.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Unknown metric %1: %n line(s) skipped, the first here.</source>
        <translation>
            <numerusform>Unknown metric %1: %n line skipped, the first here.</numerusform>
            <numerusform>Unknown metric %1: %n lines skipped, the first here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeliberationRepository</name>
    <message numerus="yes">
        <source>Approved by the ministers&apos; meeting of %1 (%2): %n node(s) from %3 to %4.</source>
        <translation>
            <numerusform>Approved by the ministers&apos; meeting of %1 (%2): %n node from %3 to %4.</numerusform>
            <numerusform>Approved by the ministers&apos; meeting of %1 (%2): %n nodes from %3 to %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deferred by the ministers&apos; meeting of %1 (%2) to a later meeting.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not approved by the ministers&apos; meeting of %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Approve</source>
        <extracomment>A decision of the ministers&apos; meeting on a demand (의결)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Defer</source>
        <extracomment>A decision of the ministers&apos; meeting on a demand (보류)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Do not approve</source>
        <extracomment>A decision of the ministers&apos; meeting on a demand (미의결)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>The demand no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>The round is at the stage %1; the meeting&apos;s decisions are recorded at the stage %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already holds nodes on the rack map; release them there before recording another decision.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is %2: only demands that went through the pre-review are decided by the meeting.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the date of the ministers&apos; meeting.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the decision&apos;s reference (the meeting and the agenda item).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 asked for %2 nodes: approve between 1 and %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the first day of the approved period.</source>
        <translation></translation>
    </message>
    <message>
        <source>The approved period must be 1 to %1 months.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool %1 has %2 nodes left; %3 nodes cannot be approved. Approve fewer, or defer the demand.</source>
        <translation></translation>
    </message>
    <message>
        <source>Round</source>
        <extracomment>Column headers of the agenda for the ministers&apos; meeting</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator type</source>
        <translation></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes requested</source>
        <translation></translation>
    </message>
    <message>
        <source>GPUs requested</source>
        <translation></translation>
    </message>
    <message>
        <source>Start</source>
        <translation></translation>
    </message>
    <message>
        <source>Months</source>
        <translation></translation>
    </message>
    <message>
        <source>Pre-review score</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes approved</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved from</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved months</source>
        <translation></translation>
    </message>
    <message>
        <source>Meeting date</source>
        <translation></translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool %1 (%2): capacity %3 nodes, committed %4, left %5; this round approved %6 and has %7 more requested.</source>
        <translation></translation>
    </message>
    <message>
        <source>The agenda could not be written; check that the disk has room and the file is not open in another program.</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason for the proposal</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Approve %n node(s), %1 – %2</source>
        <translation>
            <numerusform>Approve %n node, %1 – %2</numerusform>
            <numerusform>Approve %n nodes, %1 – %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Decisions are proposed after the pre-review has scores and before the meeting decides: at the stages %1 and %2. The round is at %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is %2: a decision is proposed only for a demand in its pre-review or deferred to a later meeting.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no submitted pre-review yet; propose a decision once its reviewers have scored it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the reason for the proposal: what the pre-review found.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DemandImporter</name>
    <message>
        <source>The file %1 does not exist or is not a file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is %1 KB; a survey sheet over %2 MB is refused. Check that it is the right file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>The round %1 is at the stage %2: demands are imported during its demand survey.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB and was refused.</source>
        <translation></translation>
    </message>
    <message>
        <source>The column names do not match the survey sheet, so nothing can be imported. %1 The columns are: %2 (or in Korean: %3).</source>
        <translation></translation>
    </message>
    <message>
        <source>The file has its header but no demand below it.</source>
        <translation></translation>
    </message>
    <message>
        <source>A value is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a whole number of 1 or more.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a date. Use YYYY-MM-DD, e.g. 2026-04-01.</source>
        <translation></translation>
    </message>
    <message>
        <source>The ministry lists this project more than once (lines %1); keep one.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) of %1 have problems; nothing was imported. Correct the file and preview it again.</source>
        <translation>
            <numerusform>%n row of %1 has problems; nothing was imported. Correct the file and preview it again.</numerusform>
            <numerusform>%n rows of %1 have problems; nothing was imported. Correct the file and preview it again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DemandRepository</name>
    <message>
        <source>The demand could not be saved: %1. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The round no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>The round %1 is at the stage %2 and takes no demands any more.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already entered this project in the round (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>The round or the accelerator type %1 no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>The same ministry and project come twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>Demand %1 (%2, %3) cannot be entered:
%4</source>
        <translation></translation>
    </message>
    <message>
        <source>Entered in the demand survey.</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported from %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The demand no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is no longer a submitted demand and cannot be edited.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the round a code and a title.</source>
        <translation></translation>
    </message>
    <message>
        <source>The survey must close on or after the day it opens.</source>
        <translation></translation>
    </message>
    <message>
        <source>The pre-review ends after the survey closes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocation starts after the survey closes.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DemandRules</name>
    <message>
        <source>Ministry</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator type</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Start</source>
        <translation></translation>
    </message>
    <message>
        <source>Months</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact telephone</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is too long: %2 characters, at most %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>The purpose is too long: %1 characters, at most 20000.</source>
        <translation></translation>
    </message>
    <message>
        <source>The start must be a date (YYYY-MM-DD, e.g. 2026-04-01).</source>
        <translation></translation>
    </message>
    <message>
        <source>The priority must be 1 (most urgent) or more.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid e-mail address.</source>
        <translation></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a telephone number: use digits, spaces, &apos;-&apos;, parentheses and an optional leading &apos;+&apos;.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>DiagnosticsBundle</name>
    <message>
        <source>%1 cannot be written: %2. Choose another folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be written completely: %2. Check the free space.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>EvaluationReport</name>
    <message>
        <source>1. The program&apos;s share rule</source>
        <translation></translation>
    </message>
    <message>
        <source>Next year&apos;s capacity is shared in proportion to each team&apos;s score above the floor, each team held between the minimum and the maximum, in whole nodes. A team at or under the floor gets no share. The officer may adjust a share with a written reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity next year</source>
        <translation></translation>
    </message>
    <message>
        <source>Score floor</source>
        <translation></translation>
    </message>
    <message>
        <source>Minimum per team</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Maximum per team</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator type and pool</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The rule cannot be met with these scores: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The rule leaves %n node(s) unused: every team that passes the floor is at its maximum.</source>
        <translation>
            <numerusform>The rule leaves %n node unused: every team that passes the floor is at its maximum.</numerusform>
            <numerusform>The rule leaves %n nodes unused: every team that passes the floor is at its maximum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Team</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Score</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Now</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation></translation>
    </message>
    <message>
        <source>Next year</source>
        <translation></translation>
    </message>
    <message>
        <source>Change</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n team(s)</source>
        <translation>
            <numerusform>%n team</numerusform>
            <numerusform>%n teams</numerusform>
        </translation>
    </message>
    <message>
        <source>The round has no team.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Annual evaluation result</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, year %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Program</source>
        <translation></translation>
    </message>
    <message>
        <source>Round</source>
        <translation></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation></translation>
    </message>
    <message>
        <source>Year decided</source>
        <translation></translation>
    </message>
    <message>
        <source>Year %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation></translation>
    </message>
    <message>
        <source>Next year&apos;s nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of the program&apos;s %2</source>
        <translation></translation>
    </message>
    <message>
        <source>2. Teams by evaluation score</source>
        <translation></translation>
    </message>
    <message>
        <source>Teams with every review the round requires are ranked by their normalised evaluation score (each reviewer&apos;s scale corrected). Now is what a team holds on the map; next year is its decided share or, before the decision, the rule&apos;s proposal.</source>
        <translation></translation>
    </message>
    <message>
        <source>Teams with every review the round requires are ranked by their evaluation score. Now is what a team holds on the map; next year is its decided share or, before the decision, the rule&apos;s proposal.</source>
        <translation></translation>
    </message>
    <message>
        <source>Next year&apos;s shares add up to %1 of the program&apos;s %2 nodes.</source>
        <translation></translation>
    </message>
    <message>
        <source>That is %1 more than the capacity.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 teams are decided; the others show the rule&apos;s proposal.</source>
        <translation></translation>
    </message>
    <message>
        <source>3. Decisions and reasons</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason recorded</source>
        <translation></translation>
    </message>
    <message>
        <source>No share has been decided yet: next year&apos;s figures above are the rule&apos;s proposal.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Exclusion</name>
    <message>
        <source>Eligible</source>
        <translation></translation>
    </message>
    <message>
        <source>Same organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Declared conflict with the organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Declared conflict with %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Named in the application</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined</source>
        <extracomment>The reviewer declined this application earlier.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Declared a conflict</source>
        <extracomment>The reviewer declared a conflict of interest for this application.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Already assigned</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>FleetRepository</name>
    <message>
        <source>The fleet could not be read: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>InventoryRepository</name>
    <message>
        <source>The change could not be saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes are retired from the node list.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>InventoryValidation</name>
    <message>
        <source>Give the %1 a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The name is longer than 80 characters; shorten it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The provider code must be 1-32 lower-case letters, digits, dots, hyphens or underscores, such as &quot;naver&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Provider %1 already has this code.</source>
        <translation></translation>
    </message>
    <message>
        <source>provider</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the provider that runs the site.</source>
        <translation></translation>
    </message>
    <message>
        <source>site</source>
        <translation></translation>
    </message>
    <message>
        <source>The provider already has a site named %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone this computer knows; choose one such as Asia/Seoul. Telemetry stamped in local time is read in it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the site the cluster stands in.</source>
        <translation></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the accelerator type of the cluster&apos;s nodes.</source>
        <translation></translation>
    </message>
    <message>
        <source>The site already has a cluster named %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The cluster holds %1 nodes; its type can change only while it is empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>A cluster stays in its site; add a new cluster instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the site of the row.</source>
        <translation></translation>
    </message>
    <message>
        <source>row</source>
        <translation></translation>
    </message>
    <message>
        <source>Rows are numbered from 1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The site already has a row named %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>A row stays in its site; add a new row instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the cluster the rack belongs to.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the row the rack stands in.</source>
        <translation></translation>
    </message>
    <message>
        <source>The row is in another site than the cluster; choose a row of the cluster&apos;s site.</source>
        <translation></translation>
    </message>
    <message>
        <source>rack</source>
        <translation></translation>
    </message>
    <message>
        <source>Positions in a row are numbered from 1.</source>
        <translation></translation>
    </message>
    <message>
        <source>A rack has 1 to %1 units (42 is usual); it is %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The site already has a rack named %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack %1 already stands at position %2 of this row.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 sits up to unit %2; the rack needs at least that many units.</source>
        <translation></translation>
    </message>
    <message>
        <source>The rack holds %1 nodes and cannot join a %2 cluster.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the node its host name.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name: letters, digits and hyphens, in dot-separated parts.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is already in the fleet.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was the name of a retired node; host names stay with the records of their node. Choose another name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the rack the node is mounted in.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the node&apos;s accelerator type.</source>
        <translation></translation>
    </message>
    <message>
        <source>A server is 1 to %1 units high; it is %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Units %1-%2 do not fit rack %3 (units 1-%4).</source>
        <translation></translation>
    </message>
    <message>
        <source>Units %1-%2 of rack %3 are taken by %4 (units %5-%6).</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack %1 belongs to a %2 cluster; a %3 node cannot go there.</source>
        <translation></translation>
    </message>
    <message>
        <source>A %1 node holds %2 accelerators; %3 were given.</source>
        <translation></translation>
    </message>
    <message>
        <source>The pool no longer exists; choose another.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool %1 holds %2 nodes, not %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 GPU UUIDs for %2 accelerators; list one per accelerator (or none until they are known).</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a GPU UUID (GPU-xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 belongs to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 belongs to another node.</source>
        <translation></translation>
    </message>
    <message>
        <source>The pool code must be 1-32 lower-case letters, digits, dots, hyphens or underscores, such as &quot;open-b200&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool %1 already has this code.</source>
        <translation></translation>
    </message>
    <message>
        <source>pool</source>
        <translation></translation>
    </message>
    <message>
        <source>The capacity cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>The accelerator type no longer exists; choose another.</source>
        <translation></translation>
    </message>
    <message>
        <source>The pool holds %1 nodes such as %2; move them out before it takes only %3.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) draw on this pool; its type cannot change under them.</source>
        <translation>
            <numerusform>%n call draws on this pool; its type cannot change under them.</numerusform>
            <numerusform>%n calls draw on this pool; its type cannot change under them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The provider still has %n site(s); retire them first.</source>
        <translation>
            <numerusform>The provider still has %n site; retire them first.</numerusform>
            <numerusform>The provider still has %n sites; retire them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site still has %n cluster(s); retire them first.</source>
        <translation>
            <numerusform>The site still has %n cluster; retire them first.</numerusform>
            <numerusform>The site still has %n clusters; retire them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site still has %n row(s); retire them first.</source>
        <translation>
            <numerusform>The site still has %n row; retire them first.</numerusform>
            <numerusform>The site still has %n rows; retire them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The cluster still has %n rack(s); retire them first.</source>
        <translation>
            <numerusform>The cluster still has %n rack; retire them first.</numerusform>
            <numerusform>The cluster still has %n racks; retire them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The row still has %n rack(s); retire or move them first.</source>
        <translation>
            <numerusform>The row still has %n rack; retire or move them first.</numerusform>
            <numerusform>The row still has %n racks; retire or move them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The rack still holds %n node(s); retire or move them first.</source>
        <translation>
            <numerusform>The rack still holds %n node; retire or move them first.</numerusform>
            <numerusform>The rack still holds %n nodes; retire or move them first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The pool still holds %n node(s); move them to another pool first.</source>
        <translation>
            <numerusform>The pool still holds %n node; move them to another pool first.</numerusform>
            <numerusform>The pool still holds %n nodes; move them to another pool first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) draw on the pool; point them at another pool first.</source>
        <translation>
            <numerusform>%n call draws on the pool; point them at another pool first.</numerusform>
            <numerusform>%n calls draw on the pool; point them at another pool first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeListImporter</name>
    <message>
        <source>%1 cannot be read: %2. Check that it exists and that you may read it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB; a node list is far smaller. Is it the right file?</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the provider whose node list this is.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file is empty: it has no header line.</source>
        <translation></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; is not one of the node list&apos;s columns (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Column &quot;%1&quot; appears twice in the header.</source>
        <translation></translation>
    </message>
    <message>
        <source>The header lacks the column(s) %1; the first line must name %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file has more than %1 rows; split it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The row has %1 cells; the header has %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the rack.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack %1 exists at more than one site of the provider; write it as site/rack.</source>
        <translation></translation>
    </message>
    <message>
        <source>The provider has no rack %1; add the rack first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The position &quot;%1&quot; is not a rack unit number.</source>
        <translation></translation>
    </message>
    <message>
        <source>The height &quot;%1&quot; is not a number of units.</source>
        <translation></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an accelerator type of the fleet.</source>
        <translation></translation>
    </message>
    <message>
        <source>The accelerator count &quot;%1&quot; is not a number.</source>
        <translation></translation>
    </message>
    <message>
        <source>The file has a header but no nodes.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) have errors; fix the file and preview it again. Nothing was added.</source>
        <translation>
            <numerusform>%n row has errors; fix the file and preview it again. Nothing was added.</numerusform>
            <numerusform>%n rows have errors; fix the file and preview it again. Nothing was added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeRepository</name>
    <message>
        <source>The node could not be saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was added: node %1 (%2): %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was added: %1 could not be written: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes become allocated on the rack map, not here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say why the nodes go out of service; operators and officers read it.</source>
        <translation></translation>
    </message>
    <message>
        <source>A node was retired meanwhile; reload and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The pool no longer exists; reload and choose another.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NormaliseToggle</name>
    <message>
        <source>Each reviewer&apos;s totals become z-scores over their own reviews in the call, mapped back onto the call&apos;s mean and spread; the ranks then follow the normalised scores. A reviewer with a single review or no spread maps to the call mean.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>NvidiaSmiParser</name>
    <message>
        <source>The header has no timestamp column or neither uuid nor index, so no line of this file can be read. Export with the query fields timestamp,name,uuid,pci.bus_id,index,utilization.gpu,memory.used,memory.total,power.draw.</source>
        <translation></translation>
    </message>
    <message>
        <source>Expected %1 values separated by commas, found %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The timestamp &quot;%1&quot; is not of the form YYYY/MM/DD HH:MM:SS.mmm.</source>
        <translation></translation>
    </message>
    <message>
        <source>The GPU index &quot;%1&quot; is not a whole number.</source>
        <translation></translation>
    </message>
    <message>
        <source>The utilisation &quot;%1&quot; is above 100%.</source>
        <translation></translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a number in %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The line has no timestamp.</source>
        <translation></translation>
    </message>
    <message>
        <source>The line names no GPU (neither uuid nor index).</source>
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
    <name>PerformanceCheckRepository</name>
    <message>
        <source>The performance check could not be saved: %1. Nothing was changed; try again, and if it keeps failing, check the profile&apos;s disk.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>A performance check not decided yet.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation></translation>
    </message>
    <message>
        <source>Reduction</source>
        <extracomment>A performance check that released some of the project&apos;s nodes.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Reclaim</source>
        <translation></translation>
    </message>
    <message>
        <source>Cleared</source>
        <extracomment>A performance check closed without action.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Engine activity</source>
        <extracomment>Busy time measured by DCGM&apos;s graphics engine activity.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>GPU utilisation</source>
        <extracomment>Busy time measured by DCGM&apos;s GPU utilisation.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Mixed</source>
        <translation></translation>
    </message>
    <message>
        <source>The projects could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The usage of %1 could not be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>A performance check needs a reason: write why before confirming.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose how the check ends: warning, reduction, reclaim or cleared.</source>
        <translation></translation>
    </message>
    <message>
        <source>The project no longer exists; reload the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: warning recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: check cleared without action.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is %2; only allocated or active projects can have their nodes reduced.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose at least one node to release.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n node(s); a reduction must leave it at least one. To release every node, reclaim the project.</source>
        <translation>
            <numerusform>%1 holds %n node; a reduction must leave it at least one. To release every node, reclaim the project.</numerusform>
            <numerusform>%1 holds %n nodes; a reduction must leave it at least one. To release every node, reclaim the project.</numerusform>
        </translation>
    </message>
    <message>
        <source>A reduction must leave %1 at least one node. To release every node, reclaim the project.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1: %n node(s) released from now on.</source>
        <translation>
            <numerusform>%1: %n node released from now on.</numerusform>
            <numerusform>%1: %n nodes released from now on.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is %2; only allocated or active projects can be reclaimed.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 reclaimed; %n node(s) released from now on.</source>
        <translation>
            <numerusform>%1 reclaimed; %n node released from now on.</numerusform>
            <numerusform>%1 reclaimed; %n nodes released from now on.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Placement</name>
    <message numerus="yes">
        <source>Only %1 free %2 nodes for %3 – %4, %n needed. Choose another window or ask for fewer nodes.</source>
        <translation>
            <numerusform>Only %1 free %2 nodes for %3 – %4, %n needed. Choose another window or ask for fewer nodes.</numerusform>
            <numerusform>Only %1 free %2 nodes for %3 – %4, %n needed. Choose another window or ask for fewer nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only %1 free %2 nodes in pool %3 for %4 – %5, %n needed. Choose another window or ask for fewer nodes.</source>
        <translation>
            <numerusform>Only %1 free %2 nodes in pool %3 for %4 – %5, %n needed. Choose another window or ask for fewer nodes.</numerusform>
            <numerusform>Only %1 free %2 nodes in pool %3 for %4 – %5, %n needed. Choose another window or ask for fewer nodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <comment>cluster</comment>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 free %2 nodes for %3 – %4, but no cluster has the %n needed: at most %5 in one cluster (%6). Place the project by hand over several clusters or choose another window.</source>
        <translation>
            <numerusform>%1 free %2 nodes for %3 – %4, but no cluster has the %n needed: at most %5 in one cluster (%6). Place the project by hand over several clusters or choose another window.</numerusform>
            <numerusform>%1 free %2 nodes for %3 – %4, but no cluster has the %n needed: at most %5 in one cluster (%6). Place the project by hand over several clusters or choose another window.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 free %2 nodes in pool %3 for %4 – %5, but no cluster has the %n needed: at most %6 in one cluster (%7). Place the project by hand over several clusters or choose another window.</source>
        <translation>
            <numerusform>%1 free %2 nodes in pool %3 for %4 – %5, but no cluster has the %n needed: at most %6 in one cluster (%7). Place the project by hand over several clusters or choose another window.</numerusform>
            <numerusform>%1 free %2 nodes in pool %3 for %4 – %5, but no cluster has the %n needed: at most %6 in one cluster (%7). Place the project by hand over several clusters or choose another window.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request names no accelerator type the fleet knows.</source>
        <translation></translation>
    </message>
    <message>
        <source>The request names a pool the fleet does not have.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing to place: the project already holds all the nodes it needs.</source>
        <translation></translation>
    </message>
    <message>
        <source>The window %1 – %2 is empty: choose an end after the start.</source>
        <translation></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A project&apos;s code, then why it was not placed.</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>PlacementCommand</name>
    <message>
        <source>Undo: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProfileBackup</name>
    <message>
        <source>The profile %1 is open in gpudesk (process %2 on %3). Close that window first, or restore into another profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be opened for reading: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be created: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The copy could not start: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled; no copy was kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>The copy failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The copy could not be finished: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The copy failed its integrity check (%1); nothing was kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup cannot be written over the profile itself; choose another file.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created; choose a folder you can write to.</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup could not be named %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a gpudesk profile or backup (not an SQLite database).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 belongs to another program, not to gpudesk.</source>
        <translation></translation>
    </message>
    <message>
        <source>It was written by a newer gpudesk (schema %1; this version knows up to %2). Install the newer gpudesk to restore it.</source>
        <translation></translation>
    </message>
    <message>
        <source>It fails the integrity check (%1); it cannot be restored.</source>
        <translation></translation>
    </message>
    <message>
        <source>Calls</source>
        <translation></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Users</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocations</source>
        <translation></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation></translation>
    </message>
    <message>
        <source>Audit trail entries</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes not yet synced</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup and the profile are the same file; choose the profile to restore into.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile to be replaced could not be kept as a copy, so nothing was restored: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The restored profile could not take the name %1: %2. The backup is unchanged; try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The old backup %1 could not be deleted.</source>
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
    <name>ProgramRepository</name>
    <message>
        <source>The program&apos;s data could not be saved: %1. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>This call is not a round of a program.</source>
        <translation></translation>
    </message>
    <message>
        <source>The program no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>The round&apos;s teams could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Changing the share rule needs a reason; write why before confirming.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no round yet: its first year&apos;s selection comes first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 runs for %2 years; year %3 has no round.</source>
        <translation></translation>
    </message>
    <message>
        <source>The round %1 is not closed yet; close it before opening year %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call type of %1 has no evaluation and share stages, so it cannot hold an annual evaluation.</source>
        <translation></translation>
    </message>
    <message>
        <source>The results are due between today and the review deadline, and the review ends before year %1 begins on %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Opened for year %1 of %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Opened for the annual evaluation of year %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>No team of %1 holds a share in year %2, so there is nobody to evaluate.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProgramSetupRepository</name>
    <message>
        <source>The program was not saved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Changing a program needs a reason; write why before saving.</source>
        <translation></translation>
    </message>
    <message>
        <source>No call type has both an evaluation and a share-decision stage, so the program&apos;s yearly rounds have no type. An administrator adds one in Administration &gt; Calls.</source>
        <translation></translation>
    </message>
    <message>
        <source>The program no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>The program could not be saved: %1. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>A call with the code %1 exists already; give the program another code.</source>
        <translation></translation>
    </message>
    <message>
        <source>Made with program %1: its teams are projects that hold nodes already.</source>
        <translation></translation>
    </message>
    <message>
        <source>The project no longer exists; reload the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Removing a team needs a reason; write why before confirming.</source>
        <translation></translation>
    </message>
    <message>
        <source>The team is no longer in the program; reload the list.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProgramShareRepository</name>
    <message numerus="yes">
        <source>Annual evaluation %1: score %2, rank %3 of %4; %n node(s) in year %5 from %6.</source>
        <translation>
            <numerusform>Annual evaluation %1: score %2, rank %3 of %4; %n node in year %5 from %6.</numerusform>
            <numerusform>Annual evaluation %1: score %2, rank %3 of %4; %n nodes in year %5 from %6.</numerusform>
        </translation>
    </message>
    <message>
        <source>Annual evaluation %1: score %2, at or under the program&apos;s floor of %3; no share in year %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>Annual evaluation %1: score %2, rank %3 of %4; no share in year %5.</source>
        <translation></translation>
    </message>
    <message>
        <source>As the program&apos;s rule proposes.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Adjusted from the rule&apos;s %n node(s): %1</source>
        <translation>
            <numerusform>Adjusted from the rule&apos;s %n node: %1</numerusform>
            <numerusform>Adjusted from the rule&apos;s %n nodes: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The round %1 is at the stage %2; shares are decided at the stage %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2) has no share; decide every team at once.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has %2 of %3 reviews; finish its evaluation first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 already holds nodes for the new year; release them on the rack map before deciding again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: a share cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 nodes instead of the rule&apos;s %3 needs a reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>The shares name applications that are not teams of this round.</source>
        <translation></translation>
    </message>
    <message>
        <source>The shares add up to %1 nodes, more than the program&apos;s capacity of %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has not been evaluated yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no decided share yet; decide the shares first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The round %1 is not at its allocation stage; move it there first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ends when year %1 begins on %2 (%3).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Year %1 (%2) from %3: %n node(s).</source>
        <translation>
            <numerusform>Year %1 (%2) from %3: %n node.</numerusform>
            <numerusform>Year %1 (%2) from %3: %n nodes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of its own kept</source>
        <translation>
            <numerusform>%n of its own kept</numerusform>
            <numerusform>%n of its own kept</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n given up by %1</source>
        <translation>
            <numerusform>%n given up by %1</numerusform>
            <numerusform>%n given up by %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new from the pool</source>
        <translation>
            <numerusform>%n new from the pool</numerusform>
            <numerusform>%n new from the pool</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgramValidation</name>
    <message numerus="yes">
        <source>The program&apos;s evaluation has begun (%n review(s)), so its teams and settings no longer change.</source>
        <translation>
            <numerusform>The program&apos;s evaluation has begun (%n review), so its teams and settings no longer change.</numerusform>
            <numerusform>The program&apos;s evaluation has begun (%n reviews), so its teams and settings no longer change.</numerusform>
        </translation>
    </message>
    <message>
        <source>Year %1&apos;s round is open with the current teams; teams change only before the second year&apos;s round opens.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the program a short code, such as WBL.</source>
        <translation></translation>
    </message>
    <message>
        <source>The code &quot;%1&quot; may hold only letters, digits, dots, hyphens and underscores (at most 24), starting with a letter or digit.</source>
        <translation></translation>
    </message>
    <message>
        <source>Another program already has the code %1; choose another.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the program a Korean name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the accelerator type of the program&apos;s nodes.</source>
        <translation></translation>
    </message>
    <message>
        <source>The program&apos;s teams hold %1 nodes; its accelerator type stays while it has teams.</source>
        <translation></translation>
    </message>
    <message>
        <source>The chosen pool no longer exists; choose another.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool %1 holds another type of node than %2; choose a %2 pool.</source>
        <translation></translation>
    </message>
    <message>
        <source>The program hands out %1 nodes a year but pool %2 holds %3; lower the capacity or choose a larger pool.</source>
        <translation></translation>
    </message>
    <message>
        <source>A program has 1 to %1 teams; it says %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The program has %1 teams already; allow at least that many, or remove teams first.</source>
        <translation></translation>
    </message>
    <message>
        <source>A program runs 1 to %1 years; it says %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Year %1&apos;s round exists already; the program runs at least %1 years.</source>
        <translation></translation>
    </message>
    <message>
        <source>Set the first day of the program&apos;s first year.</source>
        <translation></translation>
    </message>
    <message>
        <source>Later years&apos; rounds were opened for years starting from %1; the first day stays.</source>
        <translation></translation>
    </message>
    <message>
        <source>The program must hand out at least one node a year.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 teams at the minimum of %2 nodes need %3 nodes, more than the %4 the program hands out; lower the minimum or the number of teams.</source>
        <translation></translation>
    </message>
    <message>
        <source>The program has its %1 teams already; allow more teams in its settings or remove one first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is %2: a team is a project that holds nodes (allocated or active).</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds no nodes on the rack map; place its nodes there first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds %2 nodes; the program is for %3 nodes.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is a team of program %2 already.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the team a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>The program has a team named %1 already; choose another name.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ProgramYear</name>
    <message numerus="yes">
        <source>%1 needs %n more node(s) than its own and those the other teams gave up, and the pool has too few free ones for the new year.</source>
        <translation>
            <numerusform>%1 needs %n more node than its own and those the other teams gave up, and the pool has too few free ones for the new year.</numerusform>
            <numerusform>%1 needs %n more nodes than its own and those the other teams gave up, and the pool has too few free ones for the new year.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrometheusDecoder</name>
    <message>
        <source>(no metric name)</source>
        <translation></translation>
    </message>
    <message>
        <source> GPU %1</source>
        <translation></translation>
    </message>
    <message>
        <source> MIG instance %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The answer is not valid JSON (%1 at byte %2), so it did not come from Prometheus&apos; HTTP API. Check that the URL points at the Prometheus server itself.</source>
        <translation></translation>
    </message>
    <message>
        <source>The answer is JSON but not a Prometheus answer (no object at the top). Check that the URL points at the Prometheus server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus reported an error without a message.</source>
        <translation></translation>
    </message>
    <message>
        <source>The answer has no &quot;status&quot;: &quot;success&quot;, so it is not a Prometheus query result. Check that the URL points at the Prometheus server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus answered with a result of type &quot;%1&quot; where a range query gives a matrix.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>the metric is not one gpudesk stores.</source>
        <translation></translation>
    </message>
    <message>
        <source>the series has no Hostname label, so its node is unknown.</source>
        <translation></translation>
    </message>
    <message>
        <source>the gpu label is not a GPU index.</source>
        <translation></translation>
    </message>
    <message>
        <source>the series has neither a gpu nor a UUID label.</source>
        <translation></translation>
    </message>
    <message>
        <source>the series has no list of values.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n point(s) are not a [time, &quot;value&quot;] pair with a number.</source>
        <translation>
            <numerusform>%n point is not a [time, &quot;value&quot;] pair with a number.</numerusform>
            <numerusform>%n points are not a [time, &quot;value&quot;] pair with a number.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) are outside the possible range for this metric.</source>
        <translation>
            <numerusform>%n value is outside the possible range for this metric.</numerusform>
            <numerusform>%n values are outside the possible range for this metric.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrometheusFetch</name>
    <message numerus="yes">
        <source>Imported %1 samples (%2 rollup rows updated) from %n query(ies); %3 samples and %4 series skipped.</source>
        <translation>
            <numerusform>Imported %1 samples (%2 rollup rows updated) from %n query; %3 samples and %4 series skipped.</numerusform>
            <numerusform>Imported %1 samples (%2 rollup rows updated) from %n queries; %3 samples and %4 series skipped.</numerusform>
        </translation>
    </message>
    <message>
        <source>Prometheus warns: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of %1 skipped: the host is not in the fleet.</source>
        <translation type="vanished">
            <numerusform>%n sample of %1 skipped: the host is not in the fleet.</numerusform>
            <numerusform>%n samples of %1 skipped: the host is not in the fleet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) skipped: no GPU index.</source>
        <translation type="vanished">
            <numerusform>%n sample skipped: no GPU index.</numerusform>
            <numerusform>%n samples skipped: no GPU index.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n MIG instance sample(s) skipped: only whole GPUs are stored.</source>
        <translation type="vanished">
            <numerusform>%n MIG instance sample skipped: only whole GPUs are stored.</numerusform>
            <numerusform>%n MIG instance samples skipped: only whole GPUs are stored.</numerusform>
        </translation>
    </message>
    <message>
        <source>The period is empty: its end comes before its start (or before the first step of %1 s after it). Choose a later end.</source>
        <translation></translation>
    </message>
    <message>
        <source>Fetching %1 to %2 from %3…</source>
        <translation></translation>
    </message>
    <message>
        <source>Fetched %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PrometheusQuery</name>
    <message>
        <source>The label filter &quot;%1&quot; cannot be read at character %2: %3 Write matchers such as job=&quot;dcgm&quot;, cluster=~&quot;b200-.*&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>a label name must start with a letter or an underscore.</source>
        <translation></translation>
    </message>
    <message>
        <source>the metric names are chosen by gpudesk, not by the filter.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected =, !=, =~ or !~ after the label name.</source>
        <translation></translation>
    </message>
    <message>
        <source>the value must be in double quotes.</source>
        <translation></translation>
    </message>
    <message>
        <source>the closing double quote is missing.</source>
        <translation></translation>
    </message>
    <message>
        <source>expected a comma between matchers.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>PrometheusSourceSettings</name>
    <message>
        <source>The credentials could not be saved to %1: %2. Check that the folder is writable; nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The source list could not be saved to the settings (%1). Check that the settings file is writable.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>RackMap</name>
    <message>
        <source>Free</source>
        <extracomment>A node&apos;s state on the rack map</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Allocated</source>
        <extracomment>A node&apos;s state on the rack map</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack %1</source>
        <translation></translation>
    </message>
    <message>
        <source>U%1–U%2</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>No allocation holds the node</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>no pool</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Type: %1, %n GPU(s)</source>
        <translation>
            <numerusform>Type: %1, %n GPU</numerusform>
            <numerusform>Type: %1, %n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>On %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>Busy %</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReportFormat</name>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 GPU = %Ln node(s)</source>
        <extracomment>GPUs with the nodes they come in, as UX.md writes them: 128 GPU = 16 nodes</extracomment>
        <translation>
            <numerusform>%1 GPU = %Ln node</numerusform>
            <numerusform>%1 GPU = %Ln nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPainter</name>
    <message>
        <source>The report could not be drawn on the page: the printer or the file refused it. Check the printer, or that the folder is writable, and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Page %1 of the report could not be started: the printer or the disk stopped taking it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The report could not be finished: the printer or the disk refused the last page.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2. Choose another folder or file name.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the folder is writable and the disk has room.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>This profile has no calls yet: import or create a call before asking for its report.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no call %1 in this profile. Choose one of its calls: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>The applications of the call could not be counted: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 or more</source>
        <translation></translation>
    </message>
    <message>
        <source>The period must end on or after the day it starts.</source>
        <translation></translation>
    </message>
    <message>
        <source>The period is longer than a year: choose at most 366 days.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a month: write it as YYYY-MM, such as 2026-02.</source>
        <translation></translation>
    </message>
    <message>
        <source>Call summary</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocation status</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage and performance checks</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost-share statements</source>
        <translation></translation>
    </message>
    <message>
        <source>The call&apos;s applications by organisation type, field, accelerator type and requested nodes; the review outcome; the selected and waitlisted applications with their scores.</source>
        <translation></translation>
    </message>
    <message>
        <source>The fleet&apos;s nodes by provider, cluster, pool and type today; occupancy month by month over the coming year; the allocations ending soon.</source>
        <translation></translation>
    </message>
    <message>
        <source>Utilisation of the fleet and of the call&apos;s projects over the period; the projects the idle check flags, with their evidence; the checks recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call&apos;s monthly cost-share statements per project and the call&apos;s total over the months chosen.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the call the report is about.</source>
        <translation></translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2): swap the two dates.</source>
        <translation></translation>
    </message>
    <message>
        <source>The usage report needs the profile&apos;s telemetry, which this gpudesk cannot read yet. The other reports are available.</source>
        <translation></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page number in a report&apos;s footer: page 3 of 40</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>(continued)</source>
        <extracomment>Added to a table&apos;s heading on the pages it continues on</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a national-project round: the agenda is made for rounds whose type has the stage %2. Choose such a round.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is no evaluation result for %1: %2 Choose a yearly round of a program (the Programs area lists them).</source>
        <translation></translation>
    </message>
    <message>
        <source>National-project meeting agenda</source>
        <translation></translation>
    </message>
    <message>
        <source>Annual evaluation result</source>
        <translation></translation>
    </message>
    <message>
        <source>A national-project round&apos;s demands ranked by their pre-review score for the ministers&apos; meeting, what they ask of the pool against its capacity, and the decisions recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>A program round&apos;s teams ranked by their evaluation score, with the nodes they hold now, the rule&apos;s proposal and next year&apos;s shares, and the reasons recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the round the report is about.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReviewCellState</name>
    <message>
        <source>Assigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflict of interest</source>
        <translation></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>asg</source>
        <extracomment>Matrix cell, a few letters: assigned, no answer yet.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>acc</source>
        <extracomment>Matrix cell, a few letters: the reviewer accepted.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>dec</source>
        <extracomment>Matrix cell, a few letters: the reviewer declined.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>COI</source>
        <extracomment>Matrix cell, a few letters: conflict of interest declared.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>drf</source>
        <extracomment>Matrix cell, a few letters: review being written.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>sub</source>
        <extracomment>Matrix cell, a few letters: review submitted.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>reo</source>
        <extracomment>Matrix cell, a few letters: review reopened by the officer.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>LATE</source>
        <extracomment>Matrix cell, a few letters: not submitted after the deadline.</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReviewMatrixModel</name>
    <message>
        <source>%1 submitted of %2 assigned (%3 wanted)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted</source>
        <extracomment>Column: submitted reviews / active assignments.</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReviewPanelRepository</name>
    <message>
        <source>%1 failed; nothing was changed. Details: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Adding the reviewer to the panel</source>
        <translation></translation>
    </message>
    <message>
        <source>Removing the reviewer from the panel</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n active assignment(s) in this call. Withdraw them first, then remove the reviewer from the panel.</source>
        <translation>
            <numerusform>%1 still has %n active assignment in this call. Withdraw it first, then remove the reviewer from the panel.</numerusform>
            <numerusform>%1 still has %n active assignments in this call. Withdraw them first, then remove the reviewer from the panel.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing the assignments</source>
        <translation></translation>
    </message>
    <message>
        <source>The call has no panel yet. Add reviewers to the panel first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2: the application is not under review in this call</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2: not on the call&apos;s panel</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdrawing the assignment</source>
        <translation></translation>
    </message>
    <message>
        <source>The assignment no longer exists; refresh the view.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has already submitted a review of %2, so the assignment cannot be withdrawn. Reopen the review instead if it needs changes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reopening a submitted review needs a reason; the reviewer will see it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reopening the review</source>
        <translation></translation>
    </message>
    <message>
        <source>The review no longer exists; refresh the view.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only a submitted review can be reopened; this one is %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReviewStatus</name>
    <message>
        <source>Draft</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ReviewerRetention</name>
    <message>
        <source>This is not a reviewer&apos;s own profile; its applications stay.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call is not in this profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>The panel of call %1 has not closed; its applications stay.</source>
        <translation></translation>
    </message>
    <message>
        <source>The copies of call %1 could not be removed: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The review panel of call %1 closed on %2. As the confidentiality pledge requires, the copies of its applications were removed from this computer on %3: %n document(s), the applications&apos; contents and your unsubmitted drafts. Your %4 submitted review(s) are kept, each beside its receipt number.</source>
        <translation>
            <numerusform>The review panel of call %1 closed on %2. As the confidentiality pledge requires, the copies of its applications were removed from this computer on %3: %n document, the applications&apos; contents and your unsubmitted drafts. Your %4 submitted review(s) are kept, each beside its receipt number.</numerusform>
            <numerusform>The review panel of call %1 closed on %2. As the confidentiality pledge requires, the copies of its applications were removed from this computer on %3: %n documents, the applications&apos; contents and your unsubmitted drafts. Your %4 submitted review(s) are kept, each beside its receipt number.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewerWorkspace</name>
    <message>
        <source>co-investigator</source>
        <translation></translation>
    </message>
    <message>
        <source>member</source>
        <translation></translation>
    </message>
    <message>
        <source>contact</source>
        <translation></translation>
    </message>
    <message>
        <source>This user is not linked to a reviewer. Ask the program officer to add you to the reviewer list.</source>
        <translation></translation>
    </message>
    <message>
        <source>This application is not assigned to you. Choose one from your assignment list.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile could not record the change (%1). Try again; if it keeps failing, restart gpudesk.</source>
        <translation></translation>
    </message>
    <message>
        <source>You declined application %1; it is no longer yours to review.</source>
        <translation></translation>
    </message>
    <message>
        <source>You declared a conflict of interest with application %1; it is no longer yours to review.</source>
        <translation></translation>
    </message>
    <message>
        <source>The panel of call %1 is closed: its reviews can no longer be changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The panel of call %1 is closed: its applications are no longer available to reviewers.</source>
        <translation></translation>
    </message>
    <message>
        <source>Accept the confidentiality pledge of call %1 before you open its applications.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your review of %1 is submitted and locked. Ask the program officer to reopen it if it must change.</source>
        <translation></translation>
    </message>
    <message>
        <source>You are not on the review panel of this call.</source>
        <translation></translation>
    </message>
    <message>
        <source>The panel of call %1 is closed.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>This document is not part of the application assigned to you.</source>
        <translation></translation>
    </message>
    <message>
        <source>Say what the conflict of interest is: the program officer needs it to reassign the application.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give a reason for declining: the program officer needs it to reassign the application.</source>
        <translation></translation>
    </message>
    <message>
        <source>You have already submitted your review of %1. Ask the program officer to reopen it before you decline or declare a conflict.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is nothing to submit for %1 yet: score every criterion and write a comment first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your review of %1 cannot be submitted yet:
%2</source>
        <translation></translation>
    </message>
    <message>
        <source>The call has no rubric yet; the program officer must set it up.</source>
        <translation></translation>
    </message>
    <message>
        <source>Score &quot;%1&quot; (%2-%3).</source>
        <translation></translation>
    </message>
    <message>
        <source>The score of &quot;%1&quot; must be between %2 and %3, not %4.</source>
        <translation></translation>
    </message>
    <message>
        <source>Write a comment: it is required.</source>
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
    <name>RoundCreation</name>
    <message>
        <source>The new round could not be saved: %1. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The earlier round no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>A call with the code %1 exists already; choose another code.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SacctParser</name>
    <message>
        <source>Expected %1 fields separated by |, found %2. Export with sacct -a -X -P -n --format=JobIDRaw,Account,State,Start,End,ElapsedRaw,AllocTRES,NodeList.</source>
        <translation></translation>
    </message>
    <message>
        <source>The line has no job id.</source>
        <translation></translation>
    </message>
    <message>
        <source>The start time &quot;%1&quot; is not of the form YYYY-MM-DDTHH:MM:SS.</source>
        <translation></translation>
    </message>
    <message>
        <source>The end time &quot;%1&quot; is not of the form YYYY-MM-DDTHH:MM:SS.</source>
        <translation></translation>
    </message>
    <message>
        <source>The elapsed time &quot;%1&quot; is not a whole number of seconds.</source>
        <translation></translation>
    </message>
    <message>
        <source>The GPU count in AllocTRES &quot;%1&quot; cannot be read.</source>
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
    <name>Selection</name>
    <message>
        <source>Select</source>
        <translation></translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation></translation>
    </message>
    <message>
        <source>Rank %1 of %2 (score %3)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Waitlist place %1: rank %2 of %3 (score %4), %n node(s) requested, %5 left</source>
        <translation>
            <numerusform>Waitlist place %1: rank %2 of %3 (score %4), %n node requested, %5 left</numerusform>
            <numerusform>Waitlist place %1: rank %2 of %3 (score %4), %n nodes requested, %5 left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Below the capacity cut: rank %1 of %2, %n node(s) requested, %3 left</source>
        <translation>
            <numerusform>Below the capacity cut: rank %1 of %2, %n node requested, %3 left</numerusform>
            <numerusform>Below the capacity cut: rank %1 of %2, %n nodes requested, %3 left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promoted from the waitlist (not ranked): %n node(s) requested, %1 left</source>
        <translation>
            <numerusform>Promoted from the waitlist (not ranked): %n node requested, %1 left</numerusform>
            <numerusform>Promoted from the waitlist (not ranked): %n nodes requested, %1 left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Promoted from the waitlist: rank %1 of %2 (score %3), %n node(s) requested, %4 left</source>
        <translation>
            <numerusform>Promoted from the waitlist: rank %1 of %2 (score %3), %n node requested, %4 left</numerusform>
            <numerusform>Promoted from the waitlist: rank %1 of %2 (score %3), %n nodes requested, %4 left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SelectionRepository</name>
    <message>
        <source>The review data could not be read (%1). Close and reopen the profile; if it happens again, restore the last backup.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>No call is chosen.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is nothing to decide: no ranked application is still under review.</source>
        <translation></translation>
    </message>
    <message>
        <source>An override needs a reason; write why the decision departs from the ranking.</source>
        <translation></translation>
    </message>
    <message>
        <source>The application no longer exists.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is %2: only applications under review, selected, waitlisted or rejected can be overridden here.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 requested %2 nodes: grant between 1 and %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>No waitlisted application fits in the nodes left.</source>
        <translation></translation>
    </message>
    <message>
        <source>Call</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator type</source>
        <translation></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Raw rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Raw score</source>
        <translation></translation>
    </message>
    <message>
        <source>Normalised rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Normalised score</source>
        <translation></translation>
    </message>
    <message>
        <source>Lowest review</source>
        <translation></translation>
    </message>
    <message>
        <source>Highest review</source>
        <translation></translation>
    </message>
    <message>
        <source>Standard deviation</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviews submitted</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviews required</source>
        <translation></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes requested</source>
        <translation></translation>
    </message>
    <message>
        <source>Current status</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposed decision</source>
        <translation></translation>
    </message>
    <message>
        <source>Granted nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Fewer reviews than required</source>
        <translation></translation>
    </message>
    <message>
        <source>The panel sheet could not be written; check that the disk has room and the file is not open in another program.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServerTrust</name>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM form. Ask the server&apos;s administrator for the CA file (ca.pem) made by gpudesk-server init.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ServerUsers</name>
    <message>
        <source>Waiting for %1…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ShareAllocation</name>
    <message>
        <source>The capacity, the minimum and the maximum cannot be negative.</source>
        <translation></translation>
    </message>
    <message>
        <source>The maximum per team is below the minimum per team.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 teams pass the floor and each needs at least %2 nodes: %3 nodes, more than the capacity of %4. Lower the minimum or raise the floor.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SlurmJobRepository</name>
    <message>
        <source>Cannot read %1: %2. Check the path and that the file is readable.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: writing %n job(s) to the profile failed (%1). The profile is unchanged; check free disk space and try again.</source>
        <translation>
            <numerusform>Nothing was imported: writing %n job to the profile failed (%1). The profile is unchanged; check free disk space and try again.</numerusform>
            <numerusform>Nothing was imported: writing %n jobs to the profile failed (%1). The profile is unchanged; check free disk space and try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Slurm jobs could not be read: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Account %1: %n job(s) count for no project; no application has it as its Slurm account.</source>
        <translation>
            <numerusform>Account %1: %n job counts for no project; no application has it as its Slurm account.</numerusform>
            <numerusform>Account %1: %n jobs count for no project; no application has it as its Slurm account.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
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
    <message>
        <source>gpudesk: the desktop console of the national GPU allocation program.
Verbs: gpudesk generate --help, gpudesk import --help, gpudesk backup --help, gpudesk restore --help.</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing demo telemetry…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>Statement</name>
    <message>
        <source>“%1” is not a month. Write the month as YYYY-MM, for example 2026-02.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call sets no share rate for this organisation type, so no statement can be issued. Add the rate to the call first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisations of type %1 are not eligible in this call, so no statement can be issued. Check the project&apos;s organisation.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StatementRepository</name>
    <message>
        <source>The statements could not be read: %1. Reload and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>“%1” is not a month. Write the month as YYYY-MM, for example 2026-02.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call no longer exists; choose another one.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call sets no price for %1 GPUs, so no statement can be issued. Add the price to the call first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The statements could not be issued: %1. Nothing was issued; try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <extracomment>Column headers of the statements export (CSV for a spreadsheet).</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Price per GPU-hour (KRW)</source>
        <translation></translation>
    </message>
    <message>
        <source>Share %</source>
        <translation></translation>
    </message>
    <message>
        <source>Youth discount %</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount (KRW)</source>
        <translation></translation>
    </message>
    <message>
        <source>VAT (KRW)</source>
        <translation></translation>
    </message>
    <message>
        <source>Total (KRW)</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>No allocated time in the month any more.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) refused: not included.</source>
        <translation>
            <numerusform>%n project refused: not included.</numerusform>
            <numerusform>%n projects refused: not included.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total %1 %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>The statements could not be written: %1. Check that the folder is writable and the disk has room.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>StatementsReport</name>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation></translation>
    </message>
    <message>
        <source>Share</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Not billed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, youth −%2%</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s)</source>
        <translation>
            <numerusform>%n statement</numerusform>
            <numerusform>%n statements</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cost-share statements</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Call</source>
        <translation></translation>
    </message>
    <message>
        <source>Months</source>
        <translation></translation>
    </message>
    <message>
        <source>Statements</source>
        <translation></translation>
    </message>
    <message>
        <source>GPU-hours billed</source>
        <translation></translation>
    </message>
    <message>
        <source>Total with VAT</source>
        <translation></translation>
    </message>
    <message>
        <source>1. The call&apos;s total</source>
        <translation></translation>
    </message>
    <message>
        <source>A statement bills a project&apos;s allocated GPU-hours in a month at the call&apos;s market price, times the share rate of its organisation type (youth-founded companies pay less by the call&apos;s discount), plus VAT. Statements that cannot be computed are counted as refused and billed nothing.</source>
        <translation></translation>
    </message>
    <message>
        <source>Month</source>
        <translation></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation></translation>
    </message>
    <message>
        <source>Market value</source>
        <translation></translation>
    </message>
    <message>
        <source>No project of the call held nodes in the months chosen.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1. Statements of %2</source>
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
    <message>
        <source>The profile&apos;s indexes could not be rebuilt after an interrupted sync. Nothing was lost; free some disk space and open the profile again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Sending changes…</source>
        <translation></translation>
    </message>
    <message>
        <source>Receiving changes…</source>
        <translation></translation>
    </message>
    <message>
        <source>In sync</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SyncMessages</name>
    <message>
        <source>application</source>
        <translation></translation>
    </message>
    <message>
        <source>person named in an application</source>
        <translation></translation>
    </message>
    <message>
        <source>status change</source>
        <translation></translation>
    </message>
    <message>
        <source>document</source>
        <translation></translation>
    </message>
    <message>
        <source>review</source>
        <translation></translation>
    </message>
    <message>
        <source>review assignment</source>
        <translation></translation>
    </message>
    <message>
        <source>confidentiality pledge</source>
        <translation></translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation></translation>
    </message>
    <message>
        <source>panel member</source>
        <translation></translation>
    </message>
    <message>
        <source>grant</source>
        <translation></translation>
    </message>
    <message>
        <source>allocation</source>
        <translation></translation>
    </message>
    <message>
        <source>organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>user</source>
        <translation></translation>
    </message>
    <message>
        <source>node</source>
        <translation></translation>
    </message>
    <message>
        <source>call</source>
        <translation></translation>
    </message>
    <message>
        <source>performance check</source>
        <translation></translation>
    </message>
    <message>
        <source>statement</source>
        <translation></translation>
    </message>
    <message>
        <source>The server cannot be reached now. Your work is kept in this profile and goes out at the next sync.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection to the server failed. Try again later; nothing was lost.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The server asks to wait %n second(s) before trying again.</source>
        <translation>
            <numerusform>The server asks to wait %n second before trying again.</numerusform>
            <numerusform>The server asks to wait %n seconds before trying again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server failed to answer. Try again later; if it keeps happening, tell the server&apos;s administrator.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not signed by the certificate authority this profile trusts, so nothing was sent. Check the server address, or set the CA certificate again in the sync settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning: the server presents a different certificate than the one you trusted (now %1). This can mean someone is intercepting the connection. Nothing was sent. Ask the server&apos;s administrator whether the server was rebuilt before trusting it again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server speaks protocol %1 and this gpudesk speaks %2. Install the gpudesk version that matches the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The login or the password is wrong.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your session on the server has ended. Sign in to the server again to sync.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your role may not do this on the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync was stopped; it continues where it stopped next time.</source>
        <translation></translation>
    </message>
    <message>
        <source>Your role may not change this %1; the change was undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>You may not change the field %1 of this %2; the change was undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server does not know this kind of data (%1). Update gpudesk.</source>
        <translation></translation>
    </message>
    <message>
        <source>Undone together with another change made at the same time, which the server refused: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused a change it had recorded for another user.</source>
        <translation></translation>
    </message>
    <message>
        <source>This %1 no longer exists on the server, or you may no longer see it.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused this %1 because it contradicts data there (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>This review was already submitted, so it is locked. An officer must reopen it before it can change.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot have node %2: it is already allocated to %3 from %4 to %5. Another officer placed it meanwhile; choose other nodes on the rack map.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the allocation of %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Selecting this would commit %1 nodes of pool %2, which has %3. Another officer selected projects from the same pool meanwhile; review the ranking again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused this (%1).</source>
        <translation></translation>
    </message>
    <message>
        <source>This %1 was not saved on the server: you declined the assignment or declared a conflict of interest, so it is no longer yours to review. Ask the program officer if this is a mistake.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused this change of accounts: it would leave no active administrator (another administrator changed accounts meanwhile). Synchronise and check the accounts again.</source>
        <translation></translation>
    </message>
    <message>
        <source>You cannot change your own role, disable or delete your own account: ask another administrator to do it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is the last active administrator on the server: disabling or demoting them would leave nobody to manage the accounts. Make another account an administrator first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The login %1 is already taken on the server. Choose another login.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server refused the login: use 2 to 64 lower-case letters, digits, dots, hyphens or underscores, starting with a letter or a digit.</source>
        <translation></translation>
    </message>
    <message>
        <source>The server does not know the role %1. Update gpudesk.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The server needs a password of at least %n character(s). Choose a longer one.</source>
        <translation>
            <numerusform>The server needs a password of at least %n character. Choose a longer one.</numerusform>
            <numerusform>The server needs a password of at least %n characters. Choose a longer one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The new password is the same as the current one. Choose another.</source>
        <translation></translation>
    </message>
    <message>
        <source>This account no longer exists on the server. Refresh the list.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SyncRecords</name>
    <message>
        <source>This conflict was resolved already.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>SystemInfo</name>
    <message>
        <source>gpudesk</source>
        <translation></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (built with %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (profile connection: %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>SQLite</source>
        <translation></translation>
    </message>
    <message>
        <source>OpenSSL</source>
        <translation></translation>
    </message>
    <message>
        <source>not available</source>
        <translation></translation>
    </message>
    <message>
        <source>Profile schema</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (this version writes %2)</source>
        <translation></translation>
    </message>
    <message>
        <source>System</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TelemetryImport</name>
    <message>
        <source>dcgm-exporter (Prometheus text)</source>
        <translation></translation>
    </message>
    <message>
        <source>nvidia-smi CSV</source>
        <translation></translation>
    </message>
    <message>
        <source>Slurm sacct</source>
        <translation></translation>
    </message>
    <message>
        <source>Import telemetry</source>
        <translation></translation>
    </message>
    <message>
        <source>Telemetry (*.prom *.txt *.csv *.log *.out);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>nvidia-smi does not write the host&apos;s name. Which node is %1 from?</source>
        <translation></translation>
    </message>
    <message>
        <source>Slurm jobs imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Some lines or accounts need a look: see the details.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be read: %2. Check that the file exists and that you may read it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a telemetry file gpudesk knows. It reads dcgm-exporter metrics (Prometheus text), nvidia-smi --query-gpu CSV and Slurm sacct -P lists; nothing was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>The fleet could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Import of %1 cancelled: nothing was written.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln new and %2 changed Slurm job(s) (%3 unchanged), %4 line(s) skipped.</source>
        <translation>
            <numerusform>%1: %Ln new and %2 changed Slurm job (%3 unchanged), %4 line(s) skipped.</numerusform>
            <numerusform>%1: %Ln new and %2 changed Slurm jobs (%3 unchanged), %4 line(s) skipped.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TelemetryImporter</name>
    <message>
        <source>Cannot read %1: %2. Check the path and that the file is readable.</source>
        <translation></translation>
    </message>
    <message>
        <source>The host %1 is not in the fleet. Check the hostname, or add the node to the fleet first.</source>
        <translation></translation>
    </message>
    <message>
        <source>The site of %1 has no valid time zone, so nvidia-smi&apos;s local times cannot be placed. Set the site&apos;s time zone first.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: writing %n sample(s) to the profile failed (%1). The profile is unchanged; check free disk space and try again.</source>
        <translation>
            <numerusform>Nothing was imported: writing %n sample to the profile failed (%1). The profile is unchanged; check free disk space and try again.</numerusform>
            <numerusform>Nothing was imported: writing %n samples to the profile failed (%1). The profile is unchanged; check free disk space and try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) of %1 skipped: the host is not in the fleet.</source>
        <translation>
            <numerusform>%n sample of %1 skipped: the host is not in the fleet.</numerusform>
            <numerusform>%n samples of %1 skipped: the host is not in the fleet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) skipped: no GPU index.</source>
        <translation>
            <numerusform>%n sample skipped: no GPU index.</numerusform>
            <numerusform>%n samples skipped: no GPU index.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) were already stored with the same values: left as they were.</source>
        <translation>
            <numerusform>%n sample was already stored with the same values: left as it was.</numerusform>
            <numerusform>%n samples were already stored with the same values: left as they were.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s) replaced a different stored reading for the same GPU and time; the figures they touch were rebuilt.</source>
        <translation>
            <numerusform>%n sample replaced a different stored reading for the same GPU and time; the figures they touch were rebuilt.</numerusform>
            <numerusform>%n samples replaced a different stored reading for the same GPU and time; the figures they touch were rebuilt.</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>ToolActions</name>
    <message>
        <source>Copy</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>TrackDecisions</name>
    <message>
        <source>The decision could not be saved: %1. Nothing was changed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UsageHistory</name>
    <message>
        <source>The profile already has usage figures; history is generated into a profile without any.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UsageMaintenance</name>
    <message>
        <source>The usage figures could not be rebuilt: %1. Nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Old usage figures could not be removed: %1. Nothing was changed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UsageReport</name>
    <message>
        <source>no data</source>
        <translation></translation>
    </message>
    <message>
        <source>1. The fleet</source>
        <translation></translation>
    </message>
    <message>
        <source>No telemetry has been imported into this profile: the usage figures below are empty.</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy over the period</source>
        <translation></translation>
    </message>
    <message>
        <source>GPU-hours reported</source>
        <translation></translation>
    </message>
    <message>
        <source>GPU-hours busy</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes allocated at the end</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 usable</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocated but idle</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (busy under %2% over the last %3 days); %4 without telemetry</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy share of the fleet per day</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy time is DCGM&apos;s engine activity where the exporter reports it, else GPU utilisation; the dashed line is the idle threshold.</source>
        <translation></translation>
    </message>
    <message>
        <source>2. Projects of the call</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy share per day of the %1 projects holding the most nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy share per day</source>
        <translation></translation>
    </message>
    <message>
        <source>Projects by use over the period</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes now</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy GPU-hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message>
        <source>No project of the call held nodes or reported usage in the period.</source>
        <translation></translation>
    </message>
    <message>
        <source>3. Projects flagged as idle</source>
        <translation></translation>
    </message>
    <message>
        <source>The idle check flags no project of the call on %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>On %1 the idle check flags %n project(s): each was busy under the call&apos;s threshold on every one of its last idle days, with telemetry on each of them.</source>
        <translation>
            <numerusform>On %1 the idle check flags %n project: each was busy under the call&apos;s threshold on every one of its last idle days, with telemetry on each of them.</numerusform>
            <numerusform>On %1 the idle check flags %n projects: each was busy under the call&apos;s threshold on every one of its last idle days, with telemetry on each of them.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Mean busy</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 over the last %n day(s)</source>
        <translation>
            <numerusform>%1 over the last %n day</numerusform>
            <numerusform>%1 over the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Idle run</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) up to the day checked</source>
        <translation>
            <numerusform>%n day up to the day checked</numerusform>
            <numerusform>%n days up to the day checked</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>busy under %1% for %n day(s)</source>
        <translation>
            <numerusform>busy under %1% for %n day</numerusform>
            <numerusform>busy under %1% for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Source</source>
        <translation></translation>
    </message>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation></translation>
    </message>
    <message>
        <source>4. Actions taken</source>
        <translation></translation>
    </message>
    <message>
        <source>Performance checks recorded from %1 to %2 for the call&apos;s running projects and those it reclaimed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes released</source>
        <translation></translation>
    </message>
    <message>
        <source>No performance check was recorded in the period.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage and performance checks</source>
        <translation></translation>
    </message>
    <message>
        <source>Call</source>
        <translation></translation>
    </message>
    <message>
        <source>Period</source>
        <translation></translation>
    </message>
    <message>
        <source>Fleet busy</source>
        <translation></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation></translation>
    </message>
    <message>
        <source>Flagged as idle</source>
        <translation></translation>
    </message>
    <message>
        <source>Checks recorded</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UsageRepository</name>
    <message>
        <source>The usage figures could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 does not name a GPU: expected NODE:INDEX.</source>
        <translation></translation>
    </message>
    <message>
        <source>The allocations could not be read: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UsageScopeMap</name>
    <message>
        <source>The allocations could not be read: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UsageSubjects</name>
    <message>
        <source>Whole fleet</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 GPU %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>UsageTimeTicker</name>
    <message>
        <source>MMM d</source>
        <extracomment>Date of a tick on a chart&apos;s time axis, as a QDate format: month and day</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Month of a tick on a chart&apos;s time axis, as a QDate format: month and year</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>yyyy</source>
        <extracomment>Year of a tick on a chart&apos;s time axis, as a QDate format</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>UserAdminRepository</name>
    <message>
        <source>The user no longer exists; reload the list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nobody is signed in as a user of this profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>The current password is not right; nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>The new password is the current one; choose another.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::AboutDialog</name>
    <message>
        <source>About gpudesk</source>
        <translation></translation>
    </message>
    <message>
        <source>&lt;h3&gt;gpudesk %1&lt;/h3&gt;&lt;p&gt;The desktop console of the national advanced-GPU allocation program.&lt;/p&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Licensed under the GNU General Public License, version 3 or later.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation></translation>
    </message>
    <message>
        <source>Save &amp;diagnostics bundle…</source>
        <translation></translation>
    </message>
    <message>
        <source>Versions, settings and logs for support; never passwords, tokens or application contents</source>
        <translation></translation>
    </message>
    <message>
        <source>Save diagnostics bundle</source>
        <translation></translation>
    </message>
    <message>
        <source>ZIP archives (*.zip)</source>
        <translation></translation>
    </message>
    <message>
        <source>Diagnostics saved to %1. It holds versions, settings and logs, and no password, token or application contents.</source>
        <translation></translation>
    </message>
    <message>
        <source>Collecting versions, settings and logs…</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::AdministrationArea</name>
    <message>
        <source>&amp;Calls</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pools</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation></translation>
    </message>
    <message>
        <source>Audit &amp;trail</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::AgendaTableModel</name>
    <message>
        <source>%1 (%2 GPUs)</source>
        <extracomment>Nodes and their GPUs, e.g. &quot;16 (128 GPUs)&quot;</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Submitted reviews of the required number, e.g. &quot;2/3&quot;</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Too few reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>For the meeting</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved</source>
        <extracomment>Column: nodes the meeting approved</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation></translation>
    </message>
    <message>
        <source>Not approved</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>An approved period: first day to last day</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Requested</source>
        <extracomment>Column: nodes a demand asks for</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Start</source>
        <translation></translation>
    </message>
    <message>
        <source>Months</source>
        <translation></translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>Column: the experts&apos; pre-review score</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Decision</source>
        <extracomment>Column: the meeting&apos;s decision on a demand</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Approved period</source>
        <translation></translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation></translation>
    </message>
    <message>
        <source>On the map</source>
        <extracomment>Column: nodes the approved project holds on the rack map</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Proposed by %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposed</source>
        <extracomment>Column: the officer&apos;s proposed decision on a demand, before the meeting</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::AgendaView</name>
    <message>
        <source>Export the agenda</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>N&amp;ormalise reviewer scores</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Record decision…</source>
        <translation></translation>
    </message>
    <message>
        <source>E&amp;xport agenda…</source>
        <translation></translation>
    </message>
    <message>
        <source>Show on the rack &amp;map</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool %1 (%2): %3 nodes (%4 GPUs); %5 committed, %6 left. This round: %7 approved, %8 still asked for.</source>
        <translation></translation>
    </message>
    <message>
        <source>The demands still open ask for %1 more nodes than are left.</source>
        <translation></translation>
    </message>
    <message>
        <source>Decisions are recorded at the stage %1; the round is at %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation></translation>
    </message>
    <message>
        <source>The decision was not recorded. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 (%3, %4).</source>
        <translation></translation>
    </message>
    <message>
        <source>agenda-%1.csv</source>
        <translation></translation>
    </message>
    <message>
        <source>Export agenda</source>
        <translation></translation>
    </message>
    <message>
        <source>The agenda could not be written to %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Agenda saved to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Propose decision…</source>
        <translation></translation>
    </message>
    <message>
        <source>Propose decision</source>
        <translation></translation>
    </message>
    <message>
        <source>The proposal was not saved. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: proposed to the meeting: %2.</source>
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
    <name>gpudesk::AssignmentPanel</name>
    <message numerus="yes">
        <source>%n assignment(s) made for %1 application(s).</source>
        <translation>
            <numerusform>%n assignment made for %1 application(s).</numerusform>
            <numerusform>%n assignments made for %1 application(s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer loads now range from %1 to %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewer loads range from %1 to %2: conflicts of interest or earlier assignments kept them from evening out.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of the new assignments match the application&apos;s field.</source>
        <translation></translation>
    </message>
    <message>
        <source>Every application has its reviewers.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) could not get enough reviewers: the panel has too few reviewers without a conflict of interest. Add reviewers to the panel, then run the assignment again.</source>
        <translation>
            <numerusform>%n application could not get enough reviewers: the panel has too few reviewers without a conflict of interest. Add reviewers to the panel, then run the assignment again.</numerusform>
            <numerusform>%n applications could not get enough reviewers: the panel has too few reviewers without a conflict of interest. Add reviewers to the panel, then run the assignment again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Application</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Missing</source>
        <translation></translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign the selected applications to the selected reviewers (Ctrl+Enter); pairs with a conflict of interest are skipped</source>
        <translation></translation>
    </message>
    <message>
        <source>A&amp;uto-assign…</source>
        <translation></translation>
    </message>
    <message>
        <source>Give every application under review its reviewers: no conflicts of interest, balanced load, matching fields</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Withdraw assignment</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdraw the selected reviewers&apos; assignments to the selected applications (only without a submitted review)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reassign declined</source>
        <translation></translation>
    </message>
    <message>
        <source>Find new reviewers for applications whose reviewers declined or declared a conflict</source>
        <translation></translation>
    </message>
    <message>
        <source>On panel / reviewer</source>
        <translation></translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation></translation>
    </message>
    <message>
        <source>Load</source>
        <translation></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter by name, affiliation or field</source>
        <translation></translation>
    </message>
    <message>
        <source>Check the reviewers who form this call&apos;s &amp;panel:</source>
        <translation></translation>
    </message>
    <message>
        <source>Panel</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation></translation>
    </message>
    <message>
        <source>Filter by code, title, organisation or field</source>
        <translation></translation>
    </message>
    <message>
        <source>Applications under &amp;review:</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation></translation>
    </message>
    <message>
        <source>Field match</source>
        <translation></translation>
    </message>
    <message>
        <source>Eligibility</source>
        <translation></translation>
    </message>
    <message>
        <source>Panel reviewers for the selected &amp;applications:</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) on the panel · %1 per application</source>
        <translation>
            <numerusform>%n reviewer on the panel · %1 per application</numerusform>
            <numerusform>%n reviewers on the panel · %1 per application</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n reviewer(s) missing</source>
        <translation>
            <numerusform>%n reviewer missing</numerusform>
            <numerusform>%n reviewers missing</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation></translation>
    </message>
    <message>
        <source>No</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Panel not changed</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 joined the panel.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 left the panel.</source>
        <translation></translation>
    </message>
    <message>
        <source>Select applications and reviewers to assign.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing assigned</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) made.</source>
        <translation>
            <numerusform>%n assignment made.</numerusform>
            <numerusform>%n assignments made.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some pairs were skipped</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) skipped: a conflict of interest, a decline or an existing assignment.</source>
        <translation>
            <numerusform>%n pair skipped: a conflict of interest, a decline or an existing assignment.</numerusform>
            <numerusform>%n pairs skipped: a conflict of interest, a decline or an existing assignment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform>
            <numerusform>%n skipped.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) made; %1 application(s) short of reviewers.</source>
        <translation>
            <numerusform>%n assignment made; %1 application(s) short of reviewers.</numerusform>
            <numerusform>%n assignments made; %1 application(s) short of reviewers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic assignment</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Give every application under review %n reviewer(s) from the panel? Existing assignments stay; only missing reviewers are added, never one with a conflict of interest.</source>
        <translation>
            <numerusform>Give every application under review %n reviewer from the panel? Existing assignments stay; only missing reviewers are added, never one with a conflict of interest.</numerusform>
            <numerusform>Give every application under review %n reviewers from the panel? Existing assignments stay; only missing reviewers are added, never one with a conflict of interest.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic assignment failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Reassignment failed</source>
        <translation></translation>
    </message>
    <message>
        <source>Reassign declined</source>
        <translation></translation>
    </message>
    <message>
        <source>None of the selected reviewers is assigned to the selected applications.</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdraw assignments</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Withdraw %n assignment(s)? Drafts the reviewers started are discarded; assignments with a submitted review are kept.</source>
        <translation>
            <numerusform>Withdraw %n assignment? A draft the reviewer started is discarded; an assignment with a submitted review is kept.</numerusform>
            <numerusform>Withdraw %n assignments? Drafts the reviewers started are discarded; assignments with a submitted review are kept.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some assignments were kept</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) could not be withdrawn.</source>
        <translation>
            <numerusform>%n assignment could not be withdrawn.</numerusform>
            <numerusform>%n assignments could not be withdrawn.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n assignment(s) withdrawn.</source>
        <translation>
            <numerusform>%n assignment withdrawn.</numerusform>
            <numerusform>%n assignments withdrawn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Title</source>
        <comment>a reviewer&apos;s position, e.g. professor</comment>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::AuditHistoryDialog</name>
    <message>
        <source>History of %1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>(no details)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::AuditLogModel</name>
    <message>
        <source>Time</source>
        <translation></translation>
    </message>
    <message>
        <source>User</source>
        <translation></translation>
    </message>
    <message>
        <source>Action</source>
        <translation></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>The audited record&apos;s own name: receipt number, call code, host name, login</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Details</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::AuditPage</name>
    <message>
        <source>&amp;From</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation></translation>
    </message>
    <message>
        <source>Find in details</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;History of this record…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s)</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
    <message>
        <source>All users</source>
        <translation></translation>
    </message>
    <message>
        <source>All actions</source>
        <translation></translation>
    </message>
    <message>
        <source>All records</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2 · %3
%4 %5 (%6)

</source>
        <translation></translation>
    </message>
    <message>
        <source>audit-trail-%1.csv</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the audit trail</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be written: %2</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n audit entry(s) exported to %1.</source>
        <translation>
            <numerusform>%n audit entry exported to %1.</numerusform>
            <numerusform>%n audit entries exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::BackupPage</name>
    <message>
        <source>%1 MB</source>
        <translation></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation></translation>
    </message>
    <message>
        <source>Copies this profile as it is this moment, while you keep working; the copy is checked before it is kept.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation></translation>
    </message>
    <message>
        <source>Scheduled backups</source>
        <translation></translation>
    </message>
    <message>
        <source>Off</source>
        <translation></translation>
    </message>
    <message>
        <source>Every day</source>
        <translation></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation></translation>
    </message>
    <message>
        <source> backups</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save schedule</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Back up:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Into folder:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation></translation>
    </message>
    <message>
        <source>Backups in the folder</source>
        <translation></translation>
    </message>
    <message>
        <source>File</source>
        <translation></translation>
    </message>
    <message>
        <source>Made</source>
        <translation></translation>
    </message>
    <message>
        <source>Size</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore &amp;from a file…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation></translation>
    </message>
    <message>
        <source>Folder for backups</source>
        <translation></translation>
    </message>
    <message>
        <source>Last scheduled backup %1: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>No scheduled backup yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>The last attempt failed: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Backups run while gpudesk is open, on a worker thread.</source>
        <translation></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created. Choose a folder on a local disk you can write to.</source>
        <translation></translation>
    </message>
    <message>
        <source>Backups scheduled: %1, keeping the newest %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Scheduled backups are off.</source>
        <translation></translation>
    </message>
    <message>
        <source>Back up the profile</source>
        <translation></translation>
    </message>
    <message>
        <source>gpudesk backups (*.sqlite)</source>
        <translation></translation>
    </message>
    <message>
        <source>Copying %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>No backup was made: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup saved to %1 (%2, integrity checked).</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the backup</source>
        <translation></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation></translation>
    </message>
    <message>
        <source>Restoring into %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The backup was restored into %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>The profile it replaced is kept as %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the restored profile in a new window?</source>
        <translation></translation>
    </message>
    <message>
        <source>gpudesk backups and profiles (*.sqlite);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation></translation>
    </message>
    <message>
        <source>Delete the backup %1? It cannot be restored afterwards.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be deleted; check its permissions.</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup %1 deleted.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::BackupScheduler</name>
    <message>
        <source>Scheduled backup saved to %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) deleted.</source>
        <translation>
            <numerusform>%n older backup deleted.</numerusform>
            <numerusform>%n older backups deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>The scheduled backup failed: %1 It is tried again in half an hour.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::CallEditorDialog</name>
    <message>
        <source>New call</source>
        <translation></translation>
    </message>
    <message>
        <source>Call %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Call and window</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Accelerators and cost share</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;view and usage</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) of this call were already screened under its rules. Saving a change asks for a reason and records it.</source>
        <translation>
            <numerusform>%n application of this call was already screened under its rules. Saving a change asks for a reason and records it.</numerusform>
            <numerusform>%n applications of this call were already screened under its rules. Saving a change asks for a reason and records it.</numerusform>
        </translation>
    </message>
    <message>
        <source>e.g. 2026-R1</source>
        <translation></translation>
    </message>
    <message>
        <source>to</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviews &amp;due by:</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocation &amp;from:</source>
        <translation></translation>
    </message>
    <message>
        <source> months</source>
        <translation></translation>
    </message>
    <message>
        <source>The confidentiality pledge reviewers accept before they open the call&apos;s applications.</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Title (Korean):</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;English title:</source>
        <translation></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation></translation>
    </message>
    <message>
        <source>Application &amp;window:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Longest project:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pledge text:</source>
        <translation></translation>
    </message>
    <message>
        <source>Youth-founded companies pay this much less of their share.</source>
        <translation></translation>
    </message>
    <message>
        <source>Youth-founded &amp;discount:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;VAT on statements:</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator types offered, with the cap per project and the market price:</source>
        <translation></translation>
    </message>
    <message>
        <source>Who may apply, and the share of the market price each pays:</source>
        <translation></translation>
    </message>
    <message>
        <source> days</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reviewers per application:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Waitlist per accelerator type:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Idle below mean utilisation of:</source>
        <translation></translation>
    </message>
    <message>
        <source>Idle &amp;for:</source>
        <translation></translation>
    </message>
    <message>
        <source>An allocation whose mean GPU utilisation stays below the threshold for the period is listed for a performance check.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::CallOffersTable</name>
    <message>
        <source>Offered</source>
        <translation></translation>
    </message>
    <message>
        <source>Cap per project (nodes)</source>
        <translation></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation></translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool drawn on</source>
        <translation></translation>
    </message>
    <message>
        <source> nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>The market price of one %1 GPU for one hour, in won; statements multiply by it.</source>
        <translation></translation>
    </message>
    <message>
        <source>(none named)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 (%n node(s))</source>
        <translation>
            <numerusform>%1 · %2 (%n node)</numerusform>
            <numerusform>%1 · %2 (%n nodes)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 GPU</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::CallStageBar</name>
    <message>
        <source>Go back</source>
        <translation></translation>
    </message>
    <message>
        <source>Entries come in now: enter them or import them below. When all are in, go to the next stage.</source>
        <translation></translation>
    </message>
    <message>
        <source>Screen the entries against the call&apos;s rules in the Applications area.</source>
        <translation></translation>
    </message>
    <message>
        <source>Assign reviewers, follow their progress and see the scores in the Review area; the reviewers score offline in My reviews.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rank and select in the Review area.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export the agenda for the meeting and record its decision on each demand below.</source>
        <translation></translation>
    </message>
    <message>
        <source>Decide next year&apos;s shares below: the rule proposes, you adjust with a reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>The decided projects wait in the rack map&apos;s list for their nodes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing more happens in this call.</source>
        <translation></translation>
    </message>
    <message>
        <source>Stages:</source>
        <extracomment>Before the chain of a call&apos;s stages, e.g. &quot;Stages: Demand survey → Pre-review → …&quot;</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Ne&amp;xt: %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Move the call to the stage %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Back to %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Open in the &amp;Review area</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the rack &amp;map</source>
        <translation></translation>
    </message>
    <message>
        <source>Stage of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Going back from %1 to %2 reopens work that was thought done. Why?</source>
        <translation></translation>
    </message>
    <message>
        <source>Move %1 from %2 to %3?</source>
        <translation></translation>
    </message>
    <message>
        <source>Going back later needs a reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is now at the stage %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::CallsPage</name>
    <message>
        <source>&amp;New call…</source>
        <translation></translation>
    </message>
    <message>
        <source>Co&amp;py…</source>
        <translation></translation>
    </message>
    <message>
        <source>A new call with the selected call&apos;s rules, to adjust</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Close &amp;review panel…</source>
        <translation></translation>
    </message>
    <message>
        <source>Record that the call&apos;s review is over: reviewers&apos; computers then remove their copies of its applications</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Application window</source>
        <translation></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation></translation>
    </message>
    <message>
        <source>Caps (nodes)</source>
        <translation></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation></translation>
    </message>
    <message>
        <source>Review panel</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>none offered</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2 screened)</source>
        <translation></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation></translation>
    </message>
    <message>
        <source>open</source>
        <translation></translation>
    </message>
    <message>
        <source>Call %1: nothing changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Change a screened call</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) of call %1 were already screened under its rules. These changes will be recorded with your reason:</source>
        <translation>
            <numerusform>%n application of call %1 was already screened under its rules. These changes will be recorded with your reason:</numerusform>
            <numerusform>%n applications of call %1 were already screened under its rules. These changes will be recorded with your reason:</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the changes</source>
        <translation></translation>
    </message>
    <message>
        <source>Call not saved</source>
        <translation></translation>
    </message>
    <message>
        <source>Call %1 created.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Call %1 saved: %n change(s) recorded.</source>
        <translation>
            <numerusform>Call %1 saved: %n change recorded.</numerusform>
            <numerusform>Call %1 saved: %n changes recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Close the review panel</source>
        <translation></translation>
    </message>
    <message>
        <source>Close the review panel of call %1?

Reviewers can no longer open or change its reviews, and when their computers next sync they remove their copies of its applications and documents, keeping only their submitted reviews. This cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>The review panel of call %1 is closed.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ConflictDialog</name>
    <message>
        <source>Sync conflicts</source>
        <translation></translation>
    </message>
    <message>
        <source>You and someone else changed the same fields while apart. The server kept theirs; choose for each field what it should be, or edit the result to merge both.</source>
        <translation></translation>
    </message>
    <message>
        <source>Field</source>
        <translation></translation>
    </message>
    <message>
        <source>Before</source>
        <translation></translation>
    </message>
    <message>
        <source>On the server</source>
        <translation></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation></translation>
    </message>
    <message>
        <source>Result</source>
        <translation></translation>
    </message>
    <message>
        <source>Take &amp;mine</source>
        <translation></translation>
    </message>
    <message>
        <source>Take the &amp;server&apos;s</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Resolve</source>
        <translation></translation>
    </message>
    <message>
        <source>No conflicts are waiting.</source>
        <translation></translation>
    </message>
    <message>
        <source>The conflict could not be resolved: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolved: the server&apos;s values stay.</source>
        <translation></translation>
    </message>
    <message>
        <source>Resolved: your values go out at the next sync.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::DecisionDialog</name>
    <message>
        <source>Decision of the ministers&apos; meeting</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Asks for %1 nodes (%2 GPUs) of %3 from %4 for %n month(s).</source>
        <translation>
            <numerusform>Asks for %1 nodes (%2 GPUs) of %3 from %4 for %n month.</numerusform>
            <numerusform>Asks for %1 nodes (%2 GPUs) of %3 from %4 for %n months.</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre-review score %1 (%2 of %3 reviews).</source>
        <translation></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Defer to a later meeting</source>
        <translation></translation>
    </message>
    <message>
        <source>Do &amp;not approve</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. 제21회 과학기술관계장관회의 안건 제2호</source>
        <translation></translation>
    </message>
    <message>
        <source>Approved &amp;nodes:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Months:</source>
        <translation></translation>
    </message>
    <message>
        <source>Meeting &amp;date:</source>
        <translation></translation>
    </message>
    <message>
        <source>Decision &amp;reference:</source>
        <translation></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation></translation>
    </message>
    <message>
        <source>The decision goes into the demand&apos;s history with its date, reference and your note; an approved demand then waits on the rack map for nodes of the round&apos;s pool.</source>
        <translation></translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposed decision for the ministers&apos; meeting</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation></translation>
    </message>
    <message>
        <source>What the pre-review found, e.g. ranked 2nd with 84.5; the pool cannot give all it asks for.</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposed &amp;nodes:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation></translation>
    </message>
    <message>
        <source>The proposal is shown on the agenda and in its PDF for the meeting; it changes nothing about the demand. The meeting&apos;s decision is recorded separately afterwards.</source>
        <translation></translation>
    </message>
    <message>
        <source>Propose</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::DemandDialog</name>
    <message>
        <source>Edit demand %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New demand</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the ministry, or type the name of one that is not listed yet: it is added as a public agency.</source>
        <translation></translation>
    </message>
    <message>
        <source>The ministry&apos;s own order of its demands: 1 is the most urgent.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Ministry:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator &amp;type:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation></translation>
    </message>
    <message>
        <source>M&amp;onths:</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;riority:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation></translation>
    </message>
    <message>
        <source>Tele&amp;phone:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save</source>
        <translation></translation>
    </message>
    <message>
        <source>Add demand</source>
        <translation></translation>
    </message>
    <message>
        <source>= %1 GPUs</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not in the list yet; it is added as a public agency.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::DemandImportDialog</name>
    <message>
        <source>Import a survey sheet</source>
        <translation></translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation></translation>
    </message>
    <message>
        <source>A CSV file saved from the ministry&apos;s spreadsheet (UTF-8), with a header line. The columns, in English or Korean: %1 (%2).</source>
        <translation></translation>
    </message>
    <message>
        <source>Line</source>
        <translation></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Start</source>
        <translation></translation>
    </message>
    <message>
        <source>Months</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a survey sheet</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>A new ministry: it is added as a public agency.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n of the sheet&apos;s rows have problems, listed on each row. Nothing is imported until the sheet is corrected and chosen again.</source>
        <translation>
            <numerusform>%n of the sheet&apos;s rows has problems, listed on the row. Nothing is imported until the sheet is corrected and chosen again.</numerusform>
            <numerusform>%n of the sheet&apos;s rows have problems, listed on each row. Nothing is imported until the sheet is corrected and chosen again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s)</source>
        <translation>
            <numerusform>%n demand</numerusform>
            <numerusform>%n demands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ministry(ies)</source>
        <translation>
            <numerusform>%n ministry</numerusform>
            <numerusform>%n ministries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nodes in all.</source>
        <translation></translation>
    </message>
    <message>
        <source>New ministries, added as public agencies: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing has been imported yet: press Import.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was imported. %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::DemandTableModel</name>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <extracomment>Column: a demand&apos;s receipt number</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Ministry</source>
        <translation></translation>
    </message>
    <message>
        <source>Priority</source>
        <extracomment>Column: the ministry&apos;s own order of urgency, 1 = most urgent</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <extracomment>Column: accelerator type (B200, H200)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation></translation>
    </message>
    <message>
        <source>Start</source>
        <translation></translation>
    </message>
    <message>
        <source>Months</source>
        <translation></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::DemandsView</name>
    <message>
        <source>Withdraw</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add demand…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import survey sheet…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s)</source>
        <translation>
            <numerusform>%n demand</numerusform>
            <numerusform>%n demands</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ministry(ies)</source>
        <translation>
            <numerusform>%n ministry</numerusform>
            <numerusform>%n ministries</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 nodes (%2 GPUs) asked for.</source>
        <translation></translation>
    </message>
    <message>
        <source>The round is past its survey (%1): demands can no longer be entered or edited.</source>
        <translation></translation>
    </message>
    <message>
        <source>New demand</source>
        <translation></translation>
    </message>
    <message>
        <source>The demand was not added. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Demand added: %1, %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Edit demand</source>
        <translation></translation>
    </message>
    <message>
        <source>The demand was not changed. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Demand %1 saved.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n demand(s) imported.</source>
        <translation>
            <numerusform>%n demand imported.</numerusform>
            <numerusform>%n demands imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Withdraw demand</source>
        <translation></translation>
    </message>
    <message>
        <source>Withdraw %1 (%2, %3)? It stays on record as withdrawn. Why?</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 withdrawn.</source>
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
    <name>gpudesk::GeneratedPasswordDialog</name>
    <message>
        <source>New password of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The server made this password for %1. It is shown only now: the server keeps only a hash of it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give it to %1 in person or by telephone, never by e-mail, and ask them to change it after signing in (File &gt; Change my password on the server).</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::IdleEvidenceChart</name>
    <message>
        <source>Busy %</source>
        <translation></translation>
    </message>
    <message>
        <source>No usage could be read for %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a project to see its daily usage.</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy day</source>
        <translation></translation>
    </message>
    <message>
        <source>Idle day</source>
        <translation></translation>
    </message>
    <message>
        <source>No data</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Flagged: idle for %n day(s)</source>
        <translation>
            <numerusform>Flagged: idle for %n day</numerusform>
            <numerusform>Flagged: idle for %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Idle for %n day(s)</source>
        <translation>
            <numerusform>Idle for %n day</numerusform>
            <numerusform>Idle for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Threshold %1%</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 idle, %3 busy and %4 days without data; threshold %5%.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::IdleProjectsView</name>
    <message>
        <source>Warning for %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Why is %1 warned? The reason is kept with the check and its evidence.</source>
        <translation></translation>
    </message>
    <message>
        <source>Record warning</source>
        <translation></translation>
    </message>
    <message>
        <source>Reduce the nodes of %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n node(s). The nodes released are free on the map from now on; the time used so far is still billed. Why are its nodes reduced?</source>
        <translation>
            <numerusform>%1 holds %n node. The nodes released are free on the map from now on; the time used so far is still billed. Why are its nodes reduced?</numerusform>
            <numerusform>%1 holds %n nodes. The nodes released are free on the map from now on; the time used so far is still billed. Why are its nodes reduced?</numerusform>
        </translation>
    </message>
    <message>
        <source>Continue</source>
        <translation></translation>
    </message>
    <message>
        <source>Reclaim %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Reclaiming ends %1 and frees its %n node(s) from now on. Why is it reclaimed? The project is told this reason.</source>
        <translation>
            <numerusform>Reclaiming ends %1 and frees its %n node from now on. Why is it reclaimed? The project is told this reason.</numerusform>
            <numerusform>Reclaiming ends %1 and frees its %n nodes from now on. Why is it reclaimed? The project is told this reason.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the check of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Why does %1 need no action? For example: the idle days were a planned pause.</source>
        <translation></translation>
    </message>
    <message>
        <source>Clear check</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Nodes to release:</source>
        <translation></translation>
    </message>
    <message>
        <source>The nodes placed last are released first.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation></translation>
    </message>
    <message>
        <source>The last day looked at; yesterday, the last whole day, by default</source>
        <translation></translation>
    </message>
    <message>
        <source>Search code, title or organisation (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation></translation>
    </message>
    <message>
        <source>Mean busy</source>
        <translation></translation>
    </message>
    <message>
        <source>Current run</source>
        <translation></translation>
    </message>
    <message>
        <source>Longest run</source>
        <translation></translation>
    </message>
    <message>
        <source>Days with data</source>
        <translation></translation>
    </message>
    <message>
        <source>Source</source>
        <translation></translation>
    </message>
    <message>
        <source>Last check</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Warning…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reduce nodes…</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;claim…</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;lear…</source>
        <translation></translation>
    </message>
    <message>
        <source>Record a warning with a reason; nothing else changes</source>
        <translation></translation>
    </message>
    <message>
        <source>Release some of the project&apos;s nodes from now on</source>
        <translation></translation>
    </message>
    <message>
        <source>End the project and release all its nodes from now on</source>
        <translation></translation>
    </message>
    <message>
        <source>Close the check without action, with a reason</source>
        <translation></translation>
    </message>
    <message>
        <source>Check &amp;history</source>
        <translation></translation>
    </message>
    <message>
        <source>Date</source>
        <translation></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>By</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes released</source>
        <translation></translation>
    </message>
    <message>
        <source>No usage data is connected; import telemetry first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Idle projects</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage unreadable</source>
        <translation></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation></translation>
    </message>
    <message>
        <source>No data</source>
        <translation></translation>
    </message>
    <message>
        <source>Not flagged</source>
        <translation></translation>
    </message>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n project(s) flagged on %2</source>
        <translation>
            <numerusform>%1 of %n project flagged on %2</numerusform>
            <numerusform>%1 of %n projects flagged on %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a project to see its evidence and act on it.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 · mean busy %4 over %5 to %6 (%7 of %8 days with data); threshold %9%, %10 days.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n node</numerusform>
            <numerusform>%n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 holds a single node; reclaim it instead.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reduce nodes</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Release %n node(s) of %1 from now on? They are free on the map at once; this is recorded as an official act and cannot be undone.</source>
        <translation>
            <numerusform>Release %n node of %1 from now on? It is free on the map at once; this is recorded as an official act and cannot be undone.</numerusform>
            <numerusform>Release %n nodes of %1 from now on? They are free on the map at once; this is recorded as an official act and cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reclaim project</source>
        <translation></translation>
    </message>
    <message>
        <source>Reclaim %1 and release all its nodes from now on? The project ends; this is recorded as an official act and cannot be undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>Performance check</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::InventoryItemDialog</name>
    <message>
        <source>Open call (industry, academia, research)</source>
        <translation></translation>
    </message>
    <message>
        <source>National projects</source>
        <translation></translation>
    </message>
    <message>
        <source>Provider&apos;s own share</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. naver</source>
        <translation></translation>
    </message>
    <message>
        <source>Operations desk: telephone, e-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;ode:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation></translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation></translation>
    </message>
    <message>
        <source>Row of racks</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Accelerator type:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Order in the site:</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation></translation>
    </message>
    <message>
        <source> U</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Position in the row:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Height:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. open-b200</source>
        <translation></translation>
    </message>
    <message>
        <source>(any type)</source>
        <translation></translation>
    </message>
    <message>
        <source> nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>How many nodes selection may give out of this pool</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator &amp;type:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::InventoryPage</name>
    <message>
        <source>&amp;Add</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Provider…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Site…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Cluster…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Row…</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;ack…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Node…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation></translation>
    </message>
    <message>
        <source>Node &amp;state…</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance, failed, reserved or back in service, with a reason</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Move to pool…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import node list…</source>
        <translation></translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a host name</source>
        <translation></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation></translation>
    </message>
    <message>
        <source>Site</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation></translation>
    </message>
    <message>
        <source>Units</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation></translation>
    </message>
    <message>
        <source>State</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 · %2 · %n rack(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n rack</numerusform>
            <numerusform>%1 · %2 · %n racks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 · row %2 · %n node(s)</source>
        <translation>
            <numerusform>%1 · row %2 · %n node</numerusform>
            <numerusform>%1 · row %2 · %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Row %1 · %n rack(s)</source>
        <translation>
            <numerusform>Row %1 · %n rack</numerusform>
            <numerusform>Row %1 · %n racks</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of %2 nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>provider</source>
        <translation></translation>
    </message>
    <message>
        <source>site</source>
        <translation></translation>
    </message>
    <message>
        <source>cluster</source>
        <translation></translation>
    </message>
    <message>
        <source>row</source>
        <translation></translation>
    </message>
    <message>
        <source>rack</source>
        <translation></translation>
    </message>
    <message>
        <source>node</source>
        <translation></translation>
    </message>
    <message>
        <source>pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Node not added</source>
        <translation></translation>
    </message>
    <message>
        <source>Node %1 added.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not added</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 %2 was added.</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 was saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Node not saved</source>
        <translation></translation>
    </message>
    <message>
        <source>Node %1 saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Retire nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>These nodes cannot be retired yet:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Retire %n node(s)? They leave the fleet and the rack map; their records and past allocations stay, and their GPUs may be fitted to another node. Why are they retired?</source>
        <translation>
            <numerusform>Retire %n node? They leave the fleet and the rack map; their records and past allocations stay, and their GPUs may be fitted to another node. Why are they retired?</numerusform>
            <numerusform>Retire %n nodes? They leave the fleet and the rack map; their records and past allocations stay, and their GPUs may be fitted to another node. Why are they retired?</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) retired.</source>
        <translation>
            <numerusform>%n node retired.</numerusform>
            <numerusform>%n nodes retired.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retire the %1 &quot;%2&quot;? It leaves the inventory; its record stays in the audit trail.</source>
        <translation></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was retired.</source>
        <translation></translation>
    </message>
    <message>
        <source>Node state</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) back in service.</source>
        <translation>
            <numerusform>%n node back in service.</numerusform>
            <numerusform>%n nodes back in service.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) set to %1.</source>
        <translation>
            <numerusform>%n node set to %1.</numerusform>
            <numerusform>%n nodes set to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Move to pool</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) moved to %1.</source>
        <translation>
            <numerusform>%n node moved to %1.</numerusform>
            <numerusform>%n nodes moved to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>no pool</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::IssueList</name>
    <message>
        <source>Double-click a line to go to its field</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing to correct.</source>
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
        <source>My reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Review</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign in as &amp;another user…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) started or ended today.</source>
        <translation>
            <numerusform>%n allocation started or ended today.</numerusform>
            <numerusform>%n allocations started or ended today.</numerusform>
        </translation>
    </message>
    <message>
        <source>Allocations could not be started or ended: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack map</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation></translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save &amp;diagnostics bundle…</source>
        <translation></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>National projects</source>
        <translation></translation>
    </message>
    <message>
        <source>Programs</source>
        <translation></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <extracomment>Area of the main window: fleet usage at a glance</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Usage</source>
        <extracomment>Area of the main window: GPU utilisation charts</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Billing</source>
        <extracomment>Area of the main window: cost-share statements</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Import te&amp;lemetry…</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>The left bar&apos;s tooltip: an area&apos;s name and its shortcut, &quot;Billing (Ctrl+6)&quot;</extracomment>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::MovePoolDialog</name>
    <message>
        <source>Move to pool</source>
        <translation></translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation></translation>
    </message>
    <message>
        <source>any type</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Move %n node(s) to:</source>
        <translation>
            <numerusform>Move %n node to:</numerusform>
            <numerusform>Move %n nodes to:</numerusform>
        </translation>
    </message>
    <message>
        <source>Move</source>
        <translation></translation>
    </message>
    <message>
        <source>No allocation breaks: the nodes can move.</source>
        <translation></translation>
    </message>
    <message>
        <source>The move is refused:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::MyReviewsView</name>
    <message>
        <source>Ca&amp;ll:</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
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
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Due</source>
        <translation></translation>
    </message>
    <message>
        <source>My total</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter or double-click opens the application and its review form</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation></translation>
    </message>
    <message>
        <source>Accept this assignment (scoring it also accepts it)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Decline…</source>
        <translation></translation>
    </message>
    <message>
        <source>Declare &amp;conflict…</source>
        <translation></translation>
    </message>
    <message>
        <source>Tell the program officer you have a conflict of interest with this application</source>
        <translation></translation>
    </message>
    <message>
        <source>Your user is not linked to a reviewer, so there is nothing to review. Ask the program officer to add you to the reviewers.</source>
        <translation></translation>
    </message>
    <message>
        <source>You are not on any review panel yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 assigned · %2 accepted · %3 in draft · %4 submitted</source>
        <translation></translation>
    </message>
    <message>
        <source>reviews were due %1 (overdue)</source>
        <translation></translation>
    </message>
    <message>
        <source>reviews due %1</source>
        <translation></translation>
    </message>
    <message>
        <source>panel closed</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 GPU = %n node(s) %2</source>
        <translation>
            <numerusform>%1 GPU = %n node %2</numerusform>
            <numerusform>%1 GPU = %n nodes %2</numerusform>
        </translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation></translation>
    </message>
    <message>
        <source>This application is not assigned to you.</source>
        <translation></translation>
    </message>
    <message>
        <source>The pledge was not accepted, so the application was not opened.</source>
        <translation></translation>
    </message>
    <message>
        <source>Assignment accepted.</source>
        <translation></translation>
    </message>
    <message>
        <source>Declare a conflict of interest</source>
        <translation></translation>
    </message>
    <message>
        <source>What is your conflict of interest with %1? (for example: same organisation, a joint project, a named team member)</source>
        <translation></translation>
    </message>
    <message>
        <source>Declare conflict</source>
        <translation></translation>
    </message>
    <message>
        <source>Decline assignment</source>
        <translation></translation>
    </message>
    <message>
        <source>Why do you decline %1? The program officer reads this when reassigning it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Decline</source>
        <translation></translation>
    </message>
    <message>
        <source>Conflict of interest declared for %1; it is no longer in your list.</source>
        <translation></translation>
    </message>
    <message>
        <source>You declined %1; it is no longer in your list.</source>
        <translation></translation>
    </message>
    <message>
        <source>The copies of a closed call could not be removed: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::NationalProjectsArea</name>
    <message>
        <source>&amp;Round:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New round…</source>
        <translation></translation>
    </message>
    <message>
        <source>This profile has no national-project round yet. A round is a call whose type has a deliberation stage; an administrator creates the first one in the call settings.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Demand survey</source>
        <translation></translation>
    </message>
    <message>
        <source>A&amp;genda and decisions</source>
        <translation></translation>
    </message>
    <message>
        <source>Opened from %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>New round</source>
        <translation></translation>
    </message>
    <message>
        <source>The round was not opened. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Round %1 opened at its demand survey.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::NewRoundDialog</name>
    <message>
        <source>New demand survey round</source>
        <translation></translation>
    </message>
    <message>
        <source>New yearly round</source>
        <translation></translation>
    </message>
    <message>
        <source>The new round takes the pools, the rubric, the panel and the settings of the latest round, and starts at its demand survey.</source>
        <translation></translation>
    </message>
    <message>
        <source>The new round takes the rubric, the panel and the settings of the program&apos;s last round, and holds one entry per team that has a share now.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Title (Korean):</source>
        <translation></translation>
    </message>
    <message>
        <source>Title (&amp;English):</source>
        <translation></translation>
    </message>
    <message>
        <source>Survey &amp;opens:</source>
        <translation></translation>
    </message>
    <message>
        <source>Survey &amp;closes:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pre-review &amp;deadline:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Allocation from:</source>
        <translation></translation>
    </message>
    <message>
        <source>Results &amp;due:</source>
        <translation></translation>
    </message>
    <message>
        <source>Evaluation &amp;deadline:</source>
        <translation></translation>
    </message>
    <message>
        <source>Open the round</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::NextYearModel</name>
    <message>
        <source>%1 (from %2)</source>
        <extracomment>Nodes taken over from other teams: the count, then who gave them up</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>pool %1</source>
        <extracomment>Nodes given back to the pool, e.g. &quot;pool 2&quot;</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <extracomment>Nodes a team gives up: the count, then who takes them</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Team</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes now</source>
        <translation></translation>
    </message>
    <message>
        <source>Next year</source>
        <translation></translation>
    </message>
    <message>
        <source>Kept</source>
        <extracomment>Column: its own nodes a team keeps next year</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>From other teams</source>
        <extracomment>Column: nodes taken over from teams that shrink</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>New from the pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Given up</source>
        <translation></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::NextYearView</name>
    <message>
        <source>&amp;Apply to the map…</source>
        <translation></translation>
    </message>
    <message>
        <source>Show on the rack &amp;map</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Year %1 from %2 to %3: %4 nodes for %n team(s) — %5 kept by their teams, %6 handed from team to team, %7 new from the pool, %8 back to the pool.</source>
        <translation>
            <numerusform>Year %1 from %2 to %3: %4 nodes for %n team — %5 kept by their teams, %6 handed from team to team, %7 new from the pool, %8 back to the pool.</numerusform>
            <numerusform>Year %1 from %2 to %3: %4 nodes for %n teams — %5 kept by their teams, %6 handed from team to team, %7 new from the pool, %8 back to the pool.</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan is on the map.</source>
        <translation></translation>
    </message>
    <message>
        <source>Some teams cannot get their share; see the Problem column.</source>
        <translation></translation>
    </message>
    <message>
        <source>It is applied at the stage %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Next year on the map</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 → %3 nodes (%4 kept, %5 from other teams, %6 new)</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocate year %1 from %2 to %3?

%4</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n allocation(s) of the year before run past %1 and end there.</source>
        <translation>
            <numerusform>%n allocation of the year before runs past %1 and ends there.</numerusform>
            <numerusform>%n allocations of the year before run past %1 and end there.</numerusform>
        </translation>
    </message>
    <message>
        <source>All teams are written together or none. Each change is recorded like a change on the rack map, where it can be released or changed again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing was allocated.</source>
        <translation></translation>
    </message>
    <message>
        <source>Year %1 is on the map from %2.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::NodeDetailPanel</name>
    <message>
        <source>Pick a node on the map to see its details.</source>
        <translation></translation>
    </message>
    <message>
        <source>Hostname:</source>
        <translation></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation></translation>
    </message>
    <message>
        <source>Type:</source>
        <translation></translation>
    </message>
    <message>
        <source>State:</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool:</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocation:</source>
        <translation></translation>
    </message>
    <message>
        <source>Next:</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1, %n GPU(s)</source>
        <translation>
            <numerusform>%1, %n GPU</numerusform>
            <numerusform>%1, %n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>no pool</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::NodeDialog</name>
    <message>
        <source>Node</source>
        <translation></translation>
    </message>
    <message>
        <source>U</source>
        <translation></translation>
    </message>
    <message>
        <source> U</source>
        <translation></translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation></translation>
    </message>
    <message>
        <source>One GPU UUID per line, in GPU index order (as nvidia-smi -L lists them); leave empty until they are known.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Host name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Rack:</source>
        <translation></translation>
    </message>
    <message>
        <source>Lowest &amp;unit:</source>
        <translation></translation>
    </message>
    <message>
        <source>H&amp;eight:</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator &amp;type:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Accelerators:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Serial number:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;GPU UUIDs:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::NodeImportDialog</name>
    <message>
        <source>Import a node list</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV: hostname, rack, position, type, accelerators, gpu_uuids</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation></translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation></translation>
    </message>
    <message>
        <source>New nodes &amp;join pool:</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the provider&apos;s node list.</source>
        <translation></translation>
    </message>
    <message>
        <source>Only rows with &amp;problems</source>
        <translation></translation>
    </message>
    <message>
        <source>Line</source>
        <translation></translation>
    </message>
    <message>
        <source>Host name</source>
        <translation></translation>
    </message>
    <message>
        <source>Rack</source>
        <translation></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerators</source>
        <translation></translation>
    </message>
    <message>
        <source>GPU UUIDs</source>
        <translation></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation></translation>
    </message>
    <message>
        <source>Node lists (*.csv);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the node list</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading and checking %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>The file cannot be imported: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) ready to add.</source>
        <translation>
            <numerusform>%n node ready to add.</numerusform>
            <numerusform>%n nodes ready to add.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 rows, %n with problems: nothing is added until every row is clean. Fix the file and choose it again.</source>
        <translation>
            <numerusform>%1 rows, %n with problems: nothing is added until every row is clean. Fix the file and choose it again.</numerusform>
            <numerusform>%1 rows, %n with problems: nothing is added until every row is clean. Fix the file and choose it again.</numerusform>
        </translation>
    </message>
    <message>
        <source>ready</source>
        <translation></translation>
    </message>
    <message>
        <source>Importing the node list</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Adding %n node(s)…</source>
        <translation>
            <numerusform>Adding %n node…</numerusform>
            <numerusform>Adding %n nodes…</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was added: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Cancelled: nothing was added.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) added from %1.</source>
        <translation>
            <numerusform>%n node added from %1.</numerusform>
            <numerusform>%n nodes added from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::NodeStateDialog</name>
    <message>
        <source>Node state</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other(s)</source>
        <translation>
            <numerusform>%1 and %n other</numerusform>
            <numerusform>%1 and %n others</numerusform>
        </translation>
    </message>
    <message>
        <source>Set the state of %1:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Back in service</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Maintenance</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Failed</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reserved</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason (needed to take nodes out of service):</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. GPU 3 fell off the bus (XID 79); board replacement scheduled</source>
        <translation></translation>
    </message>
    <message>
        <source>Set state</source>
        <translation></translation>
    </message>
    <message>
        <source>These nodes hold allocations; the projects lose them until the allocations move:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::NodeTimeline</name>
    <message>
        <source>Allocation timeline</source>
        <translation></translation>
    </message>
    <message>
        <source>Select nodes or a rack on the map to see their allocations over time.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::OverrideDialog</name>
    <message>
        <source>Override the decision</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2, now %3; %n node(s) requested.</source>
        <translation>
            <numerusform>%1 %2, now %3; %n node requested.</numerusform>
            <numerusform>%1 %2, now %3; %n nodes requested.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Nodes granted</source>
        <translation></translation>
    </message>
    <message>
        <source>Why does this decision depart from the ranking? It is recorded in the history and on the panel sheet.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>= %n GPU(s)</source>
        <translation>
            <numerusform>= %n GPU</numerusform>
            <numerusform>= %n GPUs</numerusform>
        </translation>
    </message>
    <message>
        <source>The application already has this decision.</source>
        <translation></translation>
    </message>
    <message>
        <source>A reason is required for an override.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::PasswordDialog</name>
    <message>
        <source>Reset the password of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Change my password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the new password to %1 in person or by telephone, never by e-mail.</source>
        <translation></translation>
    </message>
    <message>
        <source>Set password</source>
        <translation></translation>
    </message>
    <message>
        <source>Change password</source>
        <translation></translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give your current password first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Let the server &amp;make a new password (shown to you once)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::PlacementProjectModel</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>Nodes placed of nodes granted, e.g. &quot;2 / 4&quot;</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes placed</source>
        <translation></translation>
    </message>
    <message>
        <source>Requested window</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::PledgeDialog</name>
    <message>
        <source>Confidentiality pledge</source>
        <translation></translation>
    </message>
    <message>
        <source>Before you open the applications of %1, read and accept the call&apos;s confidentiality pledge. Your acceptance is recorded.</source>
        <translation></translation>
    </message>
    <message>
        <source>(The call sets no pledge text. You still agree to keep the applications and your review confidential.)</source>
        <translation></translation>
    </message>
    <message>
        <source>I have &amp;read the pledge and accept it</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Accept</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::PoolsPage</name>
    <message>
        <source>Open call</source>
        <translation></translation>
    </message>
    <message>
        <source>National projects</source>
        <translation></translation>
    </message>
    <message>
        <source>Provider&apos;s own</source>
        <translation></translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New pool…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Retire…</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes move between pools on the Inventory page.</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Capacity (nodes)</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes in pool</source>
        <translation></translation>
    </message>
    <message>
        <source>In service</source>
        <translation></translation>
    </message>
    <message>
        <source>Calls drawing on it</source>
        <translation></translation>
    </message>
    <message>
        <source>More than the nodes in service: selection may promise nodes the pool cannot give.</source>
        <translation></translation>
    </message>
    <message>
        <source>any</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool not saved</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool %1 saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Retire pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Retire pool %1? It holds no nodes and no call draws on it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool %1 retired.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ProgramDialog</name>
    <message>
        <source>Program %1</source>
        <translation></translation>
    </message>
    <message>
        <source>New program</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Program and share rule</source>
        <translation></translation>
    </message>
    <message>
        <source>R&amp;ubric</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reason for the change:</source>
        <translation></translation>
    </message>
    <message>
        <source>To fix:</source>
        <translation></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation></translation>
    </message>
    <message>
        <source>Create program</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. WBL</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name (Korean):</source>
        <translation></translation>
    </message>
    <message>
        <source>Name (&amp;English):</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator &amp;type:</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;ool:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;First day of year 1:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation></translation>
    </message>
    <message>
        <source>At most &amp;teams:</source>
        <translation></translation>
    </message>
    <message>
        <source>Share rule</source>
        <translation></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>No pool chosen for a program&apos;s nodes</extracomment>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2, %n node(s))</source>
        <translation>
            <numerusform>%1 (%2, %n node)</numerusform>
            <numerusform>%1 (%2, %n nodes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write why the program changes; the audit log keeps it.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ProgramTeamsDialog</name>
    <message>
        <source>Teams of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove team</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove %1 from the program? Its project keeps its nodes on the rack map; only its place in the program ends. Why?</source>
        <translation></translation>
    </message>
    <message>
        <source>Teams</source>
        <translation></translation>
    </message>
    <message>
        <source>Team</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes held</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove team…</source>
        <translation></translation>
    </message>
    <message>
        <source>Add a team: projects holding nodes of the program&apos;s type</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Team &amp;name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add team</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 of at most %2 teams; each team is a project holding %3 nodes.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No project holding %1 nodes is free to join: a team is an allocated or active project with nodes on the rack map, in no other program.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a project in the list first.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was not added. %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2) is a team of the program now.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 was not removed. %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 left the program; its project keeps its nodes.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ProgramsArea</name>
    <message>
        <source>&amp;Program:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation></translation>
    </message>
    <message>
        <source>Share r&amp;ule…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;New yearly round…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Teams and shares</source>
        <translation></translation>
    </message>
    <message>
        <source>Next year on the &amp;map</source>
        <translation></translation>
    </message>
    <message>
        <source>Year %1 · %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2, pool %3, from %4 for %5 years, at most %6 teams. Rule: %7 nodes a year; teams scoring %8 or less get none; %9 to %10 nodes per team.</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>any number of</source>
        <translation></translation>
    </message>
    <message>
        <source>Share rule</source>
        <translation></translation>
    </message>
    <message>
        <source>The rule was not changed. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The share rule of %1 was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>New yearly round</source>
        <translation></translation>
    </message>
    <message>
        <source>The round was not opened. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The next yearly round of %1 is open for the teams&apos; results.</source>
        <translation></translation>
    </message>
    <message>
        <source>Ne&amp;w program…</source>
        <translation></translation>
    </message>
    <message>
        <source>Ed&amp;it program…</source>
        <translation></translation>
    </message>
    <message>
        <source>This profile has no program with an annual evaluation yet. Make one with New program…, then add its teams: projects that hold nodes.</source>
        <translation></translation>
    </message>
    <message>
        <source>Program</source>
        <translation></translation>
    </message>
    <message>
        <source>The program was not saved. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Program %1 was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Team&amp;s…</source>
        <translation></translation>
    </message>
    <message>
        <source>Program %1 was created; add its teams with Teams.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::PrometheusClient</name>
    <message>
        <source>&quot;%1&quot; is not the address of a Prometheus server. Write it as https://host:9090/ (or http:// on a trusted network).</source>
        <translation></translation>
    </message>
    <message>
        <source>The URL contains a user name or password. Remove it from the URL and use basic authentication instead, so the password is not shown or stored with the address.</source>
        <translation></translation>
    </message>
    <message>
        <source>Bearer authentication is chosen but no token is set. Enter the token, or choose no authentication.</source>
        <translation></translation>
    </message>
    <message>
        <source>Basic authentication is chosen but no password is set. Enter the password, or choose no authentication.</source>
        <translation></translation>
    </message>
    <message>
        <source>Basic authentication needs a user name.</source>
        <translation></translation>
    </message>
    <message>
        <source>Credentials are sent only over https: %1 uses plain http, where anyone on the network could read them. Use the https address of the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The step must be between 1 second and 1 day; %1 s was given.</source>
        <translation></translation>
    </message>
    <message>
        <source>The CA file %1 cannot be read. Check the path, or leave it empty to trust the system&apos;s certificate authorities.</source>
        <translation></translation>
    </message>
    <message>
        <source>The CA file %1 holds no certificate (PEM or DER). Ask the provider for the certificate of the CA that signed the server&apos;s certificate.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens there. Check the address and the port, and that Prometheus is running.</source>
        <translation></translation>
    </message>
    <message>
        <source>The host of %1 was not found. Check the spelling of the address and the network connection.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s. Try a shorter period or a larger step, or check the network.</source>
        <translation></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. The server&apos;s certificate is not trusted by this computer; set the CA file of the provider&apos;s certificate authority. gpudesk never connects without verifying the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The TLS connection to %1 failed: %2. The server&apos;s certificate was not signed by the CA in %3; check that it is the right CA file. gpudesk never connects without verifying the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The connection to %1 failed: %2. Check the address and the network, then try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 refused access (HTTP %2: %3). Check the token, or the user name and password, and that they may read this server.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 has no Prometheus API (HTTP 404). Check the address: it is the server&apos;s base URL, such as https://host:9090/.</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus at %1 failed to answer (HTTP %2: %3). Try again later, or a shorter period or a larger step.</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus at %1 refused the query (HTTP %2: %3). Check the label filter and the step.</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus at %1 gave an answer gpudesk cannot read: %2</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::PrometheusSourceForm</name>
    <message>
        <source>e.g. KTC B200 cluster</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation></translation>
    </message>
    <message>
        <source>The system&apos;s certificate authorities</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>CA f&amp;ile:</source>
        <translation></translation>
    </message>
    <message>
        <source>None</source>
        <translation></translation>
    </message>
    <message>
        <source>Bearer token</source>
        <translation></translation>
    </message>
    <message>
        <source>User name and password</source>
        <translation></translation>
    </message>
    <message>
        <source>Aut&amp;hentication:</source>
        <translation></translation>
    </message>
    <message>
        <source>Us&amp;er:</source>
        <translation></translation>
    </message>
    <message>
        <source>Extra label matchers that pick this program&apos;s GPUs; empty for all dcgm-exporter series of the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Label filter:</source>
        <translation></translation>
    </message>
    <message>
        <source> s</source>
        <translation></translation>
    </message>
    <message>
        <source>One sample per GPU every this many seconds; at least the exporter&apos;s scrape interval, or steps without a scrape are left out.</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;tep:</source>
        <translation></translation>
    </message>
    <message>
        <source>Fetch while gpudesk runs, e&amp;very</source>
        <translation></translation>
    </message>
    <message>
        <source> min</source>
        <translation></translation>
    </message>
    <message>
        <source>Imported:</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation></translation>
    </message>
    <message>
        <source>To&amp;ken:</source>
        <translation></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::RackMapArea</name>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the window</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;From (first day):</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Until (the day it ends, exclusive):</source>
        <translation></translation>
    </message>
    <message>
        <source>A window is at most 12 months long.</source>
        <translation></translation>
    </message>
    <message>
        <source>Export hand-over list</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Find a node, rack or project (Enter)</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;olour by:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Projects to place (drag onto the map):</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Node state</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Assign</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Suggest placement</source>
        <translation></translation>
    </message>
    <message>
        <source>Place &amp;all…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Move to selection</source>
        <translation></translation>
    </message>
    <message>
        <source>Change &amp;window…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Fit all</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Hand-over list…</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) still need nodes</source>
        <translation>
            <numerusform>%n project still needs nodes</numerusform>
            <numerusform>%n projects still need nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n node(s) in all</source>
        <translation>
            <numerusform>%n node in all</numerusform>
            <numerusform>%n nodes in all</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot change %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing changed: %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Assign %n node(s) to %1 for %2</source>
        <translation>
            <numerusform>Assign %n node to %1 for %2</numerusform>
            <numerusform>Assign %n nodes to %1 for %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release %n node(s) of %1</source>
        <translation>
            <numerusform>Release %n node of %1</numerusform>
            <numerusform>Release %n nodes of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Release %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Release all %n node(s) of %1 (%2)? The project goes back to the list of projects to place. You can undo this.</source>
        <translation>
            <numerusform>Release the %n node of %1 (%2)? The project goes back to the list of projects to place. You can undo this.</numerusform>
            <numerusform>Release all %n nodes of %1 (%2)? The project goes back to the list of projects to place. You can undo this.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release all %n node(s) of %1</source>
        <translation>
            <numerusform>Release the %n node of %1</numerusform>
            <numerusform>Release all %n nodes of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %1 to %n node(s)</source>
        <translation>
            <numerusform>Move %1 to %n node</numerusform>
            <numerusform>Move %1 to %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Change the window of %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>No placement for %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Suggested %n node(s) for %1 in %2 rack(s) of %3; adjust the selection or press Assign (Ctrl+Return).</source>
        <translation>
            <numerusform>Suggested %n node for %1 in %2 rack(s) of %3; adjust the selection or press Assign (Ctrl+Return).</numerusform>
            <numerusform>Suggested %n nodes for %1 in %2 rack(s) of %3; adjust the selection or press Assign (Ctrl+Return).</numerusform>
        </translation>
    </message>
    <message>
        <source>Every project already has nodes.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n project(s) can be placed.</source>
        <translation>
            <numerusform>%n project can be placed.</numerusform>
            <numerusform>%n projects can be placed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not placed:</source>
        <translation></translation>
    </message>
    <message>
        <source>Place them now? Each placement can be undone.</source>
        <translation></translation>
    </message>
    <message>
        <source>Place all projects</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Place %n project(s)</source>
        <translation>
            <numerusform>Place %n project</numerusform>
            <numerusform>Place %n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Place %1 on %n node(s)</source>
        <translation>
            <numerusform>Place %1 on %n node</numerusform>
            <numerusform>Place %1 on %n nodes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Placed %n project(s); Ctrl+Z undoes the whole round.</source>
        <translation>
            <numerusform>Placed %n project; Ctrl+Z undoes the whole round.</numerusform>
            <numerusform>Placed %n projects; Ctrl+Z undoes the whole round.</numerusform>
        </translation>
    </message>
    <message>
        <source>Hand-over list</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation></translation>
    </message>
    <message>
        <source>The list could not be written to %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Hand-over list for %1 written to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Cannot place %1</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>There are not %n free %1 node(s) in this cluster for %2.</source>
        <translation>
            <numerusform>There is not %n free %1 node in this cluster for %2.</numerusform>
            <numerusform>There are not %n free %1 nodes in this cluster for %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Found %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Showing the nodes of %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>No node, rack or project matches &quot;%1&quot;.</source>
        <translation></translation>
    </message>
    <message>
        <source>Select free nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>In this rack</source>
        <translation></translation>
    </message>
    <message>
        <source>In this row</source>
        <translation></translation>
    </message>
    <message>
        <source>In this cluster</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Nodes:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Where:</source>
        <translation></translation>
    </message>
    <message>
        <source>Select &amp;free nodes…</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;do</source>
        <translation></translation>
    </message>
    <message>
        <source>Pick a project and a node on the map first.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Selected %1 of %n free node(s) asked for %2.</source>
        <translation>
            <numerusform>Selected %1 of %n free node asked for %2.</numerusform>
            <numerusform>Selected %1 of %n free nodes asked for %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Utilisation could not be read: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No telemetry from %1 to %2: import telemetry first (File &gt; Import telemetry).</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Utilisation from %1 to %2: %n node(s) reported.</source>
        <translation>
            <numerusform>Utilisation from %1 to %2: %n node reported.</numerusform>
            <numerusform>Utilisation from %1 to %2: %n nodes reported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Utilisation</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::RackMapLegend</name>
    <message>
        <source>a project (each its own fill)</source>
        <translation></translation>
    </message>
    <message>
        <source>in no pool</source>
        <translation></translation>
    </message>
    <message>
        <source>%1% busy</source>
        <translation></translation>
    </message>
    <message>
        <source>no telemetry</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::RackMapOverview</name>
    <message>
        <source>Overview of the whole fleet: click to go there</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::RackMapView</name>
    <message>
        <source>Rack map</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::RankingModel</name>
    <message>
        <source>Waitlist (place %1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Promote from the waitlist</source>
        <translation></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Submitted reviews of the required number, e.g. &quot;2/3&quot;</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Too few reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (override)</source>
        <extracomment>A status an officer set against the ranking, e.g. &quot;Selected (override)&quot;</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>%1 of the %2 required reviews are submitted: not ranked, and left out of the cut unless you override.</source>
        <translation></translation>
    </message>
    <message>
        <source>Code</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Score</source>
        <translation></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Normalised score</source>
        <translation></translation>
    </message>
    <message>
        <source>Normalised rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Min</source>
        <extracomment>Lowest review total of an application</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Max</source>
        <extracomment>Highest review total of an application</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>SD</source>
        <extracomment>Standard deviation of an application&apos;s review totals</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes requested</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes granted</source>
        <translation></translation>
    </message>
    <message>
        <source>Override reason</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::RejectedChangesDialog</name>
    <message>
        <source>added</source>
        <extracomment>What a refused change did: made a new row</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>removed</source>
        <extracomment>What a refused change did: removed a row</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>changed</source>
        <extracomment>What a refused change did: changed a row</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Changes the server refused</source>
        <translation></translation>
    </message>
    <message>
        <source>These changes were undone here because the server refused them; this profile shows what the server holds.</source>
        <translation></translation>
    </message>
    <message>
        <source>When</source>
        <translation></translation>
    </message>
    <message>
        <source>What</source>
        <translation></translation>
    </message>
    <message>
        <source>Change</source>
        <translation></translation>
    </message>
    <message>
        <source>Why</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Dismiss selected</source>
        <translation></translation>
    </message>
    <message>
        <source>The list could not be updated: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ReportsArea</name>
    <message>
        <source>Save report as PDF</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>Print report</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation></translation>
    </message>
    <message>
        <source>Needs the profile&apos;s telemetry, which this gpudesk cannot read yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>Printed at the top and bottom of every page, such as 대외비; leave it empty for none</source>
        <translation></translation>
    </message>
    <message>
        <source>Cl&amp;assification:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>Preview &amp;window…</source>
        <translation></translation>
    </message>
    <message>
        <source>The print preview in a window of its own, with page set-up</source>
        <translation></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation></translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation></translation>
    </message>
    <message>
        <source>−</source>
        <translation></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation></translation>
    </message>
    <message>
        <source>+</source>
        <translation></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation></translation>
    </message>
    <message>
        <source>◀</source>
        <translation></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation></translation>
    </message>
    <message>
        <source>▶</source>
        <translation></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation></translation>
    </message>
    <message>
        <source>Print report…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save report as PDF…</source>
        <translation></translation>
    </message>
    <message>
        <source>Print the report (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the report as a PDF file (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Laying out the pages…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation></translation>
    </message>
    <message>
        <source>Saving was cancelled; no file was written.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Saved %1 (%n page).</numerusform>
            <numerusform>Saved %1 (%n pages).</numerusform>
        </translation>
    </message>
    <message>
        <source>Printing was cancelled.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to %1.</source>
        <translation>
            <numerusform>Sent %n page to %1.</numerusform>
            <numerusform>Sent %n pages to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Preview: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::RestoreDialog</name>
    <message>
        <source>%1 MB</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation></translation>
    </message>
    <message>
        <source>Backup:</source>
        <translation></translation>
    </message>
    <message>
        <source>Size, saved:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Schema:</source>
        <translation></translation>
    </message>
    <message>
        <source>Integrity check:</source>
        <translation></translation>
    </message>
    <message>
        <source>passed</source>
        <translation></translation>
    </message>
    <message>
        <source>Last change recorded:</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>It holds:</source>
        <translation></translation>
    </message>
    <message>
        <source>Call codes:</source>
        <translation></translation>
    </message>
    <message>
        <source>This file cannot be restored: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore into &amp;profile:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation></translation>
    </message>
    <message>
        <source>Restore into profile</source>
        <translation></translation>
    </message>
    <message>
        <source>gpudesk profiles (*.sqlite)</source>
        <translation></translation>
    </message>
    <message>
        <source>Name the profile to restore into.</source>
        <translation></translation>
    </message>
    <message>
        <source>This is the profile open in this window; it cannot be replaced while it is open. Restore into another profile and open that one, or quit gpudesk and run:
gpudesk restore &quot;%1&quot; &quot;%2&quot;</source>
        <translation></translation>
    </message>
    <message>
        <source>That profile exists; it is kept as a copy next to it before the backup replaces it.</source>
        <translation></translation>
    </message>
    <message>
        <source>A new profile is made from the backup.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ReviewApplicationPane</name>
    <message>
        <source>Open an assignment (Enter or double-click) to read the application and score it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
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
        <source>Team</source>
        <translation></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation></translation>
    </message>
    <message>
        <source>A&amp;pplication</source>
        <translation></translation>
    </message>
    <message>
        <source>Sa&amp;ve a copy…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the selected document to a file</source>
        <translation></translation>
    </message>
    <message>
        <source>Doc&amp;uments</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 GPUs = %2 nodes of %3</source>
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
        <source>%1 (principal investigator)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>Doc&amp;uments (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>This application has no documents.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is not a text document. Use &quot;Save a copy…&quot; to open it with another program.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation></translation>
    </message>
    <message>
        <source>The document could not be saved to %1: %2. Choose another folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saved a copy of %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ReviewArea</name>
    <message>
        <source>&amp;Call:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Assignment</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Ranking and selection</source>
        <translation></translation>
    </message>
    <message>
        <source>This profile has no calls yet.</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Stage: %1 · %n reviewer(s) per application · review deadline %2 · waitlist of %3 per accelerator type</source>
        <translation>
            <numerusform>Stage: %1 · %n reviewer per application · review deadline %2 · waitlist of %3 per accelerator type</numerusform>
            <numerusform>Stage: %1 · %n reviewers per application · review deadline %2 · waitlist of %3 per accelerator type</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::ReviewForm</name>
    <message>
        <source>Submit review</source>
        <translation></translation>
    </message>
    <message>
        <source>Review</source>
        <translation></translation>
    </message>
    <message>
        <source>Open an assignment to score it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Co&amp;mment (required):</source>
        <translation></translation>
    </message>
    <message>
        <source>Strengths, weaknesses and the reasons for your scores. The applicant never sees your name.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the draft now (Ctrl+S); drafts are also saved as you type</source>
        <translation></translation>
    </message>
    <message>
        <source>Su&amp;bmit…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save draft</source>
        <translation></translation>
    </message>
    <message>
        <source>–</source>
        <extracomment>Shown in a score box that has no score yet.</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Score from %1 to %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight %1% · score %2–%3</source>
        <translation></translation>
    </message>
    <message>
        <source>This call has no rubric yet; the program officer sets it up before the review.</source>
        <translation></translation>
    </message>
    <message>
        <source>Review of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Unsaved changes…</source>
        <translation></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation></translation>
    </message>
    <message>
        <source>Total: %1 / 100</source>
        <translation></translation>
    </message>
    <message>
        <source>Total so far: %1 / 100 (%2 of %3 criteria scored)</source>
        <translation></translation>
    </message>
    <message>
        <source>Submitted on %1. This review is locked; only the program officer can reopen it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reopened by the program officer: %1
Change what is needed and submit again.</source>
        <translation></translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation></translation>
    </message>
    <message>
        <source>Submit the review; it is then locked</source>
        <translation></translation>
    </message>
    <message>
        <source>Complete: you can submit.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>To submit, score %n more criterion(s) and write a comment.</source>
        <translation>
            <numerusform>To submit, score %n more criterion and write a comment.</numerusform>
            <numerusform>To submit, score %n more criteria and write a comment.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>To submit, score %n more criterion(s).</source>
        <translation>
            <numerusform>To submit, score %n more criterion.</numerusform>
            <numerusform>To submit, score %n more criteria.</numerusform>
        </translation>
    </message>
    <message>
        <source>To submit, write a comment.</source>
        <translation></translation>
    </message>
    <message>
        <source>Draft saved at %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation></translation>
    </message>
    <message>
        <source>Submit your review of %1 with a total of %2 / 100?

A submitted review is locked: you cannot change it unless the program officer reopens it.</source>
        <translation></translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation></translation>
    </message>
    <message>
        <source>Review of %1 submitted.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ReviewProgressView</name>
    <message>
        <source>Reopen review</source>
        <translation></translation>
    </message>
    <message>
        <source>Why is %1 reopened? The reviewer sees this reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation></translation>
    </message>
    <message>
        <source>All states</source>
        <translation></translation>
    </message>
    <message>
        <source>Search code, title or reviewer (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Late reviewers</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation></translation>
    </message>
    <message>
        <source>Waiting since</source>
        <translation></translation>
    </message>
    <message>
        <source>Oldest application</source>
        <translation></translation>
    </message>
    <message>
        <source>Reopen review…</source>
        <translation></translation>
    </message>
    <message>
        <source>Let the reviewer change a submitted review; a reason is required</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>deadline %1</source>
        <translation></translation>
    </message>
    <message>
        <source>no deadline</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s), %1 reviewer(s), %2 · %3</source>
        <translation>
            <numerusform>%n application, %1 reviewer(s), %2 · %3</numerusform>
            <numerusform>%n applications, %1 reviewer(s), %2 · %3</numerusform>
        </translation>
    </message>
    <message>
        <source>no assignments</source>
        <translation></translation>
    </message>
    <message>
        <source>Select a submitted review to reopen it.</source>
        <translation></translation>
    </message>
    <message>
        <source>Review not reopened</source>
        <translation></translation>
    </message>
    <message>
        <source>Reopened: %1</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ReviewerProfileDialog</name>
    <message>
        <source>Reviewer profile of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>(not in this profile)</source>
        <translation></translation>
    </message>
    <message>
        <source>e.g. Department of Computer Science, Hanbit University</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Affiliation:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation></translation>
    </message>
    <message>
        <source>Fields of expertise:</source>
        <translation></translation>
    </message>
    <message>
        <source>Declared conflicts of interest (never assigned their applications):</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose an organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>why, e.g. joint research 2024</source>
        <translation></translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::RubricEditor</name>
    <message>
        <source>Criterion</source>
        <translation></translation>
    </message>
    <message>
        <source>English name</source>
        <translation></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation></translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation></translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation></translation>
    </message>
    <message>
        <source>Guidance for reviewers</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add criterion</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation></translation>
    </message>
    <message>
        <source>Weights add up to 100.</source>
        <translation></translation>
    </message>
    <message>
        <source>Weights add up to %1 of 100.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::RuleDialog</name>
    <message>
        <source>Share rule of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation></translation>
    </message>
    <message>
        <source>Change the rule</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::SelectionPanel</name>
    <message>
        <source>Export the panel sheet</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Accelerator &amp;type:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Normalise reviewer scores</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply decisions…</source>
        <translation></translation>
    </message>
    <message>
        <source>Override…</source>
        <translation></translation>
    </message>
    <message>
        <source>Promote from waitlist…</source>
        <translation></translation>
    </message>
    <message>
        <source>Export panel sheet…</source>
        <translation></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a call to rank its applications.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call %1 offers no accelerator type.</source>
        <translation></translation>
    </message>
    <message>
        <source>The call %1 names no pool for %2: set the pool of the call&apos;s %2 nodes before selecting.</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool %1 (%2): capacity %3 nodes, committed %4, left %5.</source>
        <translation></translation>
    </message>
    <message>
        <source>The proposal uses %1 nodes (%2 GPUs) for %3 selected, leaving %4; %5 waitlisted, %6 below the cut.</source>
        <translation></translation>
    </message>
    <message>
        <source>No ranked application is waiting for a decision.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s) under review have too few reviews: not ranked, left out of the cut unless you override.</source>
        <translation>
            <numerusform>%n application under review has too few reviews: not ranked, left out of the cut unless you override.</numerusform>
            <numerusform>%n applications under review have too few reviews: not ranked, left out of the cut unless you override.</numerusform>
        </translation>
    </message>
    <message>
        <source>Capacity is free: %1 nodes left. %2 is the first waitlisted application that fits (rank %3, %4 nodes requested).</source>
        <translation></translation>
    </message>
    <message>
        <source>not ranked</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply decisions</source>
        <translation></translation>
    </message>
    <message>
        <source>Apply the capacity cut to %1 %2?

%3 selected (%4 nodes), %5 waitlisted, %6 rejected. %7 of the pool&apos;s nodes are left afterwards.

Each decision goes through the application&apos;s history with its reason; a rejection can only be reversed by an override with a reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>The decisions were not applied; nothing was changed. %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 %2: %3 selected (%4 nodes), %5 waitlisted, %6 rejected.</source>
        <translation></translation>
    </message>
    <message>
        <source>Override</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 selected by override with %n node(s).</source>
        <translation>
            <numerusform>%1 selected by override with %n node.</numerusform>
            <numerusform>%1 selected by override with %n nodes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 set to %2 by override.</source>
        <translation></translation>
    </message>
    <message>
        <source>Promote from waitlist</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Promote %1 (%2) to selected with its full request of %n node(s)?

Why: capacity was freed and it is the first waitlisted application, in rank order, that fits in the %3 nodes left.</source>
        <translation>
            <numerusform>Promote %1 (%2) to selected with its full request of %n node?

Why: capacity was freed and it is the first waitlisted application, in rank order, that fits in the %3 nodes left.</numerusform>
            <numerusform>Promote %1 (%2) to selected with its full request of %n nodes?

Why: capacity was freed and it is the first waitlisted application, in rank order, that fits in the %3 nodes left.</numerusform>
        </translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 promoted from the waitlist.</source>
        <translation></translation>
    </message>
    <message>
        <source>panel-sheet-%1.csv</source>
        <translation></translation>
    </message>
    <message>
        <source>Export panel sheet</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cannot be written (%2). Choose another folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be saved (%2). Check the disk and try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Panel sheet saved to %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ServerSettingsDialog</name>
    <message>
        <source>Server and sign-in</source>
        <translation></translation>
    </message>
    <message>
        <source>Server</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation></translation>
    </message>
    <message>
        <source>Trust in the server&apos;s certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>The &amp;CA certificate file from the server&apos;s administrator</source>
        <translation></translation>
    </message>
    <message>
        <source>ca.pem</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation></translation>
    </message>
    <message>
        <source>Trust on &amp;first use: compare the fingerprint, then pin it</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the server&apos;s &amp;fingerprint</source>
        <translation></translation>
    </message>
    <message>
        <source>I compared it with the fingerprint the administrator gave me, and it is the same</source>
        <translation></translation>
    </message>
    <message>
        <source>Account on the server</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation></translation>
    </message>
    <message>
        <source>Only when I ask (Sync now)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Every %n minute</numerusform>
            <numerusform>Every %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync &amp;automatically</source>
        <translation></translation>
    </message>
    <message>
        <source>The server presents the CA certificate:
SHA-256 %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Trusted now (%1):
SHA-256 %2</source>
        <translation></translation>
    </message>
    <message>
        <source>pinned on first use</source>
        <translation></translation>
    </message>
    <message>
        <source>from a CA file</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed in to %1 as %2 (%3).</source>
        <translation></translation>
    </message>
    <message>
        <source>CA certificate</source>
        <translation></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address as https://name:port first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting to the server</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>The server could not be reached: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Warning: this is not the certificate you trusted before (%1). Trust it only if the administrator confirms the server was rebuilt.</source>
        <translation></translation>
    </message>
    <message>
        <source>Show the server&apos;s fingerprint and compare it first.</source>
        <translation></translation>
    </message>
    <message>
        <source>Compare the fingerprint with the one the administrator gave you, then tick the box.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the CA certificate file (ca.pem) of the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>The settings could not be saved in the profile: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>The address must look like https://name:port.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enter your login and password on the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Signing in</source>
        <translation></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Signing out</source>
        <translation></translation>
    </message>
    <message>
        <source>Signed out. Your work stays in this profile.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ServerUsers</name>
    <message>
        <source>The server cannot be reached now, and the server&apos;s accounts can only be listed and changed with a connection to it. Check the network or the server, then try again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Stopped before the server answered. The server may have made the change anyway: check before trying again.</source>
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
    <name>gpudesk::ShareRuleFields</name>
    <message>
        <source> nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>no maximum</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Capacity next year:</source>
        <translation></translation>
    </message>
    <message>
        <source>Score &amp;floor:</source>
        <translation></translation>
    </message>
    <message>
        <source>M&amp;inimum per team:</source>
        <translation></translation>
    </message>
    <message>
        <source>M&amp;aximum per team:</source>
        <translation></translation>
    </message>
    <message>
        <source>Next year&apos;s shares are proportional to each team&apos;s score above the floor, held between the minimum and the maximum, in whole nodes adding up to the capacity.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ShareTableModel</name>
    <message>
        <source>%1/%2</source>
        <translation></translation>
    </message>
    <message>
        <source>Too few reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Decided: no share</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Decided: %n node(s)</source>
        <translation>
            <numerusform>Decided: %n node</numerusform>
            <numerusform>Decided: %n nodes</numerusform>
        </translation>
    </message>
    <message>
        <source>Not decided</source>
        <translation></translation>
    </message>
    <message>
        <source>Under the floor</source>
        <translation></translation>
    </message>
    <message>
        <source>Next year&apos;s nodes; a share other than the rule&apos;s proposal needs a reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>Rank</source>
        <translation></translation>
    </message>
    <message>
        <source>Team</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Score</source>
        <extracomment>Column: the annual evaluation&apos;s score</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes now</source>
        <extracomment>Column: nodes a team holds in the year that ends</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Rule</source>
        <extracomment>Column: next year&apos;s nodes by the program&apos;s rule</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Next year</source>
        <extracomment>Column: next year&apos;s nodes as the officer decides them</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Change</source>
        <translation></translation>
    </message>
    <message>
        <source>Reason for an adjustment</source>
        <extracomment>Column: why a share departs from the rule</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::ShareTermsTable</name>
    <message>
        <source>May apply</source>
        <translation></translation>
    </message>
    <message>
        <source>Share of the market price</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::SharesView</name>
    <message>
        <source>N&amp;ormalise reviewer scores</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Decide shares…</source>
        <translation></translation>
    </message>
    <message>
        <source>Back to the &amp;rule</source>
        <translation></translation>
    </message>
    <message>
        <source>Type a team&apos;s share for next year in the column “Next year” (F2 edits); a share other than the rule&apos;s needs a reason.</source>
        <translation></translation>
    </message>
    <message>
        <source>Next year&apos;s shares now add up to %1 of the program&apos;s %2 nodes.</source>
        <translation></translation>
    </message>
    <message>
        <source>That is %1 more than the capacity.</source>
        <translation></translation>
    </message>
    <message>
        <source>Shares are decided at the stage %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>Decide shares of %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Write why the share departs from the rule for: %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 → %3 nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Decide next year&apos;s shares for year %1 of %2?

%3

Each team&apos;s decision goes into its history with the score and, for an adjustment, your reason. The shares reach the map at the allocation stage.</source>
        <translation></translation>
    </message>
    <message>
        <source>The shares were not decided; nothing was changed.</source>
        <translation></translation>
    </message>
    <message>
        <source>Shares of %1 decided: %2 nodes for year %3.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::SignInDialog</name>
    <message>
        <source>Sign in</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose who works in this profile. Each role sees its own areas: reviewers see only the applications assigned to them.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation></translation>
    </message>
    <message>
        <source>Not needed: this user has no local password</source>
        <translation></translation>
    </message>
    <message>
        <source>The password is not right for %1. Check the keyboard layout (한/영) and Caps Lock, then try again.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::StatementsView</name>
    <message>
        <source>Export statements</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n new</numerusform>
            <numerusform>%n new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n replaced because the figures changed</source>
        <translation>
            <numerusform>%n replaced because the figures changed</numerusform>
            <numerusform>%n replaced because the figures changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n withdrawn because the project has no allocated time in the month any more</source>
        <translation>
            <numerusform>%n withdrawn because the project has no allocated time in the month any more</numerusform>
            <numerusform>%n withdrawn because the project has no allocated time in the month any more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n refused and not issued (see the Note column)</source>
        <translation>
            <numerusform>%n refused and not issued (see the Note column)</numerusform>
            <numerusform>%n refused and not issued (see the Note column)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Call:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Issue statements…</source>
        <translation></translation>
    </message>
    <message>
        <source>Record this month&apos;s statements as issued (one per project)</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Export CSV…</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the statements and the summary for a spreadsheet</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Title</source>
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
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>GPU-hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Price per GPU-hour</source>
        <translation></translation>
    </message>
    <message>
        <source>Share</source>
        <translation></translation>
    </message>
    <message>
        <source>Youth discount</source>
        <translation></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation></translation>
    </message>
    <message>
        <source>VAT</source>
        <translation></translation>
    </message>
    <message>
        <source>Total</source>
        <translation></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation></translation>
    </message>
    <message>
        <source>Note</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Changed since issued on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Issued on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Not issued</source>
        <translation></translation>
    </message>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>No allocated time in the month any more; issuing withdraws the statement.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose a call.</source>
        <translation></translation>
    </message>
    <message>
        <source>No project of this call held nodes in %1.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %n project(s) · %3 GPU-hours · amount %4 · VAT %5 · total %6</source>
        <translation>
            <numerusform>%1 %2: %n project · %3 GPU-hours · amount %4 · VAT %5 · total %6</numerusform>
            <numerusform>%1 %2: %n projects · %3 GPU-hours · amount %4 · VAT %5 · total %6</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> · %n refused</source>
        <translation>
            <numerusform> · %n refused</numerusform>
            <numerusform> · %n refused</numerusform>
        </translation>
    </message>
    <message>
        <source>Issue statements</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing to issue for %1 %2: %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Issue the statements of %1 for %2?

%3.</source>
        <translation></translation>
    </message>
    <message>
        <source>Statements of %1 for %2 issued: %3.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2. Choose another folder.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be saved: %2. Check that the folder is writable and the disk has room.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n statement(s) to %1.</source>
        <translation>
            <numerusform>Exported %n statement to %1.</numerusform>
            <numerusform>Exported %n statements to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gpudesk::SyncActions</name>
    <message>
        <source>Sync refused</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>The server refused %n change(s); they were undone (see Refused changes).</source>
        <translation>
            <numerusform>The server refused %n change; it was undone (see Refused changes).</numerusform>
            <numerusform>The server refused %n changes; they were undone (see Refused changes).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) met another one; resolve them in Sync conflicts.</source>
        <translation>
            <numerusform>%n change met another one; resolve it in Sync conflicts.</numerusform>
            <numerusform>%n changes met another one; resolve them in Sync conflicts.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation></translation>
    </message>
    <message>
        <source>S&amp;top syncing</source>
        <translation></translation>
    </message>
    <message>
        <source>Ser&amp;ver and sign-in…</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync &amp;conflicts…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Refused changes…</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;hange my password on the server…</source>
        <translation></translation>
    </message>
    <message>
        <source>Change my password on %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Changing the password</source>
        <translation></translation>
    </message>
    <message>
        <source>Change my password on the server</source>
        <translation></translation>
    </message>
    <message>
        <source>Your password on the server was changed; your other sessions there have ended.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::SyncStatusButton</name>
    <message>
        <source>Offline · local profile</source>
        <extracomment>Sync state in the status bar: no server has been set up, work stays local</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Offline · not signed in</source>
        <extracomment>Sync state: a server is set up but nobody is signed in to it</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Online</source>
        <extracomment>Sync state: signed in, waiting for the first sync</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Syncing %1%</source>
        <extracomment>Sync state with the progress in percent</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>In sync at %1</source>
        <extracomment>Sync state with the time of the last completed sync (14:02)</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Offline · last sync %1</source>
        <extracomment>Sync state: the server cannot be reached now</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation></translation>
    </message>
    <message>
        <source>Sync needs attention</source>
        <extracomment>Sync state: the last sync was refused or failed; the tooltip says why</extracomment>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n conflict</numerusform>
            <numerusform>%n conflicts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) refused</source>
        <translation>
            <numerusform>%n change refused</numerusform>
            <numerusform>%n changes refused</numerusform>
        </translation>
    </message>
    <message>
        <source>No sync server is configured; everything is kept in this profile.</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign in to the server (File → Server and sign-in…) to sync.</source>
        <translation></translation>
    </message>
    <message>
        <source>Changes made here go to the server at the next sync; offline work is kept until then.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::TelemetryImportDialog</name>
    <message numerus="yes">
        <source>%1: %Ln sample(s) imported</source>
        <translation>
            <numerusform>%1: %Ln sample imported</numerusform>
            <numerusform>%1: %Ln samples imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s) skipped</source>
        <translation>
            <numerusform>%Ln line skipped</numerusform>
            <numerusform>%Ln lines skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s) left out</source>
        <translation>
            <numerusform>%Ln sample left out</numerusform>
            <numerusform>%Ln samples left out</numerusform>
        </translation>
    </message>
    <message>
        <source>Telemetry imported</source>
        <translation></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation></translation>
    </message>
    <message>
        <source>Lines read:</source>
        <translation></translation>
    </message>
    <message>
        <source>Samples imported:</source>
        <translation></translation>
    </message>
    <message>
        <source>Rollup rows updated:</source>
        <translation></translation>
    </message>
    <message>
        <source>Lines skipped:</source>
        <translation></translation>
    </message>
    <message>
        <source>Samples of unknown hosts:</source>
        <translation></translation>
    </message>
    <message>
        <source>Samples without a GPU index:</source>
        <translation></translation>
    </message>
    <message>
        <source>Of MIG instances:</source>
        <translation></translation>
    </message>
    <message>
        <source>Already stored (unchanged):</source>
        <translation></translation>
    </message>
    <message>
        <source>Corrections of stored samples:</source>
        <translation></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;What was left out:</source>
        <translation></translation>
    </message>
    <message>
        <source>Nothing: every line and sample was imported.</source>
        <translation></translation>
    </message>
    <message>
        <source>To bring in what was left out, add the unknown hosts to the fleet or correct the lines, then import a file of just those lines.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::TelemetrySourcesDialog</name>
    <message>
        <source>Telemetry sources</source>
        <translation></translation>
    </message>
    <message>
        <source>(unnamed source)</source>
        <translation></translation>
    </message>
    <message>
        <source>Prometheus servers that scrape dcgm-exporter at the providers. Samples are matched to nodes by their Hostname label.</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation></translation>
    </message>
    <message>
        <source>Fetch now</source>
        <translation></translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation></translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Fetch now</source>
        <translation></translation>
    </message>
    <message>
        <source>Only what was not imported from this source before is fetched, so nothing is counted twice.</source>
        <translation></translation>
    </message>
    <message>
        <source>Save the changes to the sources?</source>
        <translation></translation>
    </message>
    <message>
        <source>Periodic fetch from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>Telemetry from %1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Fetching telemetry from %1 failed: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Telemetry sources…</source>
        <translation></translation>
    </message>
    <message>
        <source>New source</source>
        <translation></translation>
    </message>
    <message>
        <source>Remove the source %1? Its settings and its stored token or password are deleted when you save; samples already imported stay.</source>
        <translation></translation>
    </message>
    <message>
        <source>Give the source a name.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: everything in this period was imported before; nothing to fetch.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 cancelled.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>The samples up to %1 were imported; fetching again continues from there.</source>
        <translation></translation>
    </message>
    <message>
        <source>A periodic fetch is under way. Try again when it has finished.</source>
        <translation></translation>
    </message>
    <message>
        <source>Fetch telemetry</source>
        <translation></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation></translation>
    </message>
    <message>
        <source>Fetch from %1</source>
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
<context>
    <name>gpudesk::UsageArea</name>
    <message>
        <source>&amp;Idle check</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Chart:</source>
        <translation></translation>
    </message>
    <message>
        <source>Search projects, clusters, hostnames (Ctrl+F)</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+click or Shift+click several to compare them on one chart</source>
        <translation></translation>
    </message>
    <message>
        <source>Ctrl+click to compare up to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>C&amp;hart</source>
        <translation></translation>
    </message>
    <message>
        <source>The fleet could not be read for the usage charts: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation></translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation></translation>
    </message>
    <message>
        <source>Pools</source>
        <translation></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes (search a hostname)</source>
        <translation></translation>
    </message>
    <message>
        <source>More than %1 hostnames match; type more of the name.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 are selected; the chart compares the first %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is nothing to chart for that: it holds no nodes.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::UsageChart</name>
    <message>
        <source>Export chart</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy %</source>
        <translation></translation>
    </message>
    <message>
        <source>Memory used</source>
        <translation></translation>
    </message>
    <message>
        <source>Power</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation></translation>
    </message>
    <message>
        <source>Custom</source>
        <extracomment>Range picker entry once the user zoomed or panned by hand</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation></translation>
    </message>
    <message>
        <source>Zoom in (+, or the mouse wheel)</source>
        <translation></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation></translation>
    </message>
    <message>
        <source>Zoom out (-, or the mouse wheel)</source>
        <translation></translation>
    </message>
    <message>
        <source>Select range</source>
        <translation></translation>
    </message>
    <message>
        <source>Drag over the chart to select a range and see its figures (or Shift+drag)</source>
        <translation></translation>
    </message>
    <message>
        <source>Export</source>
        <translation></translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation></translation>
    </message>
    <message>
        <source>Document (PDF)…</source>
        <translation></translation>
    </message>
    <message>
        <source>Plotted buckets (CSV)…</source>
        <translation></translation>
    </message>
    <message>
        <source>Usage chart</source>
        <translation></translation>
    </message>
    <message>
        <source>The usage of %1 could not be read: %2</source>
        <translation></translation>
    </message>
    <message>
        <source>Lowest – highest</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 (mean)</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocation window</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy (%)</source>
        <translation></translation>
    </message>
    <message>
        <source>Memory used per GPU (GiB)</source>
        <translation></translation>
    </message>
    <message>
        <source>Power per GPU (W)</source>
        <translation></translation>
    </message>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>5-minute buckets</source>
        <translation></translation>
    </message>
    <message>
        <source>hourly buckets</source>
        <translation></translation>
    </message>
    <message>
        <source>daily buckets</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation></translation>
    </message>
    <message>
        <source>busy %</source>
        <translation></translation>
    </message>
    <message>
        <source>memory used</source>
        <translation></translation>
    </message>
    <message>
        <source>power</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose what to chart on the left.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 — %2 — %3 (%4)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1; before %2 coarser (finer ones are no longer kept)</source>
        <translation></translation>
    </message>
    <message>
        <source>No usage data is connected to this chart.</source>
        <translation></translation>
    </message>
    <message>
        <source>Selected %1:</source>
        <translation></translation>
    </message>
    <message>
        <source>Shown %1:</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: could not be read (%2)</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no telemetry in this range</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: mean %2, lowest %3, highest %4; %5 busy GPU-hours</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: no data</source>
        <translation></translation>
    </message>
    <message>
        <source>%1: %2 (lowest %3, highest %4)</source>
        <translation></translation>
    </message>
    <message>
        <source>The image could not be written to %1. Check that the folder exists and is writable, then export again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Check that the folder exists and is writable, then export again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be opened for writing: %2.</source>
        <translation></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation></translation>
    </message>
    <message>
        <source>Scope ID</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation></translation>
    </message>
    <message>
        <source>Bucket start (Asia/Seoul)</source>
        <translation></translation>
    </message>
    <message>
        <source>Bucket start (UTC)</source>
        <translation></translation>
    </message>
    <message>
        <source>Readings</source>
        <translation></translation>
    </message>
    <message>
        <source>Mean (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Lowest (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Highest (%1)</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy GPU-hours</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was saved; check the free space and export again.</source>
        <translation></translation>
    </message>
    <message>
        <source>There is nothing to export: choose what to chart first.</source>
        <translation></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation></translation>
    </message>
    <message>
        <source>Chart saved to %1.</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::UsageDashboard</name>
    <message>
        <source>Fleet busy now</source>
        <translation></translation>
    </message>
    <message>
        <source>Fleet busy, last 30 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes allocated now</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocated but idle</source>
        <translation></translation>
    </message>
    <message>
        <source>Fleet busy share per day, last 30 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Type</source>
        <translation></translation>
    </message>
    <message>
        <source>Pool</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation></translation>
    </message>
    <message>
        <source>Free</source>
        <translation></translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation></translation>
    </message>
    <message>
        <source>No telemetry</source>
        <translation></translation>
    </message>
    <message>
        <source>Project</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes now</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy GPU-hours</source>
        <translation></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation></translation>
    </message>
    <message>
        <source>Nodes by type and &amp;pool</source>
        <translation></translation>
    </message>
    <message>
        <source>P&amp;rojects by use, last 30 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Allocations &amp;ending in 30 days</source>
        <translation></translation>
    </message>
    <message>
        <source>The dashboard could not be loaded: %1</source>
        <translation></translation>
    </message>
    <message>
        <source>No telemetry store is open.</source>
        <translation></translation>
    </message>
    <message>
        <source>No telemetry has been imported into this profile yet: the allocation figures below are complete, the usage figures are empty. Import telemetry with File &gt; Import telemetry.</source>
        <translation></translation>
    </message>
    <message numerus="yes">
        <source>Telemetry up to %1, %n day(s) old: import newer telemetry for current figures.</source>
        <translation>
            <numerusform>Telemetry up to %1, %n day old: import newer telemetry for current figures.</numerusform>
            <numerusform>Telemetry up to %1, %n days old: import newer telemetry for current figures.</numerusform>
        </translation>
    </message>
    <message>
        <source>Telemetry up to %1.</source>
        <translation></translation>
    </message>
    <message>
        <source>5 minutes from %1</source>
        <translation></translation>
    </message>
    <message>
        <source>—</source>
        <translation></translation>
    </message>
    <message>
        <source>no telemetry</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 busy of %2 GPU-hours reported</source>
        <translation></translation>
    </message>
    <message>
        <source>no telemetry in the period</source>
        <translation></translation>
    </message>
    <message>
        <source>of %1 usable nodes (%2); %3 out of service</source>
        <translation></translation>
    </message>
    <message>
        <source>busy under %1% over %2 days; %3 without telemetry</source>
        <translation></translation>
    </message>
    <message>
        <source>Busy %</source>
        <translation></translation>
    </message>
    <message>
        <source>Fleet busy share per day</source>
        <translation></translation>
    </message>
    <message>
        <source>(no pool)</source>
        <translation></translation>
    </message>
    <message>
        <source>no data</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::UsagePeriodPicker</name>
    <message>
        <source>Last day</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation></translation>
    </message>
    <message>
        <source>Custom days</source>
        <extracomment>Period picker entry: the user picks the first and last day</extracomment>
        <translation></translation>
    </message>
    <message>
        <source>The busy share is summed over these days, ending with the map&apos;s date</source>
        <translation></translation>
    </message>
    <message>
        <source>–</source>
        <translation></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::UserDialog</name>
    <message>
        <source>New user</source>
        <translation></translation>
    </message>
    <message>
        <source>User %1</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation></translation>
    </message>
    <message>
        <source>Sign-in needs a &amp;password</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation></translation>
    </message>
    <message>
        <source>Repea&amp;t it:</source>
        <translation></translation>
    </message>
    <message>
        <source>The two password entries differ.</source>
        <translation></translation>
    </message>
    <message>
        <source>Choose the first password &amp;myself (else the server makes one)</source>
        <translation></translation>
    </message>
</context>
<context>
    <name>gpudesk::UsersPage</name>
    <message>
        <source>&amp;New user…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation></translation>
    </message>
    <message>
        <source>&amp;Disable…</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;viewer profile…</source>
        <translation></translation>
    </message>
    <message>
        <source>Organisation, fields and declared conflicts of interest</source>
        <translation></translation>
    </message>
    <message>
        <source>Login</source>
        <translation></translation>
    </message>
    <message>
        <source>Name</source>
        <translation></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation></translation>
    </message>
    <message>
        <source>Role</source>
        <translation></translation>
    </message>
    <message>
        <source>Status</source>
        <translation></translation>
    </message>
    <message>
        <source>Password</source>
        <translation></translation>
    </message>
    <message>
        <source>Reviewer profile</source>
        <translation></translation>
    </message>
    <message>
        <source>disabled</source>
        <translation></translation>
    </message>
    <message>
        <source>active</source>
        <translation></translation>
    </message>
    <message>
        <source>set</source>
        <translation></translation>
    </message>
    <message>
        <source>none</source>
        <translation></translation>
    </message>
    <message>
        <source>yes</source>
        <translation></translation>
    </message>
    <message>
        <source>En&amp;able…</source>
        <translation></translation>
    </message>
    <message>
        <source>User not created</source>
        <translation></translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation></translation>
    </message>
    <message>
        <source>User not saved</source>
        <translation></translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation></translation>
    </message>
    <message>
        <source>Enable user</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable %1? They can no longer sign in to this profile; their records stay, and you can enable them again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enable %1? They can sign in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation></translation>
    </message>
    <message>
        <source>%1 is enabled.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation></translation>
    </message>
    <message>
        <source>The reviewer profile of %1 was saved.</source>
        <translation></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation></translation>
    </message>
    <message>
        <source>Read the server&apos;s accounts again</source>
        <translation></translation>
    </message>
    <message>
        <source>These are the users of this profile. When the profile is signed in to a server as an administrator, this page manages the server&apos;s accounts.</source>
        <translation></translation>
    </message>
    <message>
        <source>These are the accounts on the server %1, where you are signed in as an administrator. Changes are made on the server at once; reviewer profiles are kept in this profile and go out with the next sync.</source>
        <translation></translation>
    </message>
    <message>
        <source>Reading the accounts from the server…</source>
        <translation></translation>
    </message>
    <message>
        <source>This account is not in this profile yet: sync, then keep its reviewer profile here.</source>
        <translation></translation>
    </message>
    <message>
        <source>Creating the account</source>
        <translation></translation>
    </message>
    <message>
        <source>Account %1 created on the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Saving the account</source>
        <translation></translation>
    </message>
    <message>
        <source>Account %1 saved on the server.</source>
        <translation></translation>
    </message>
    <message>
        <source>Disable %1 on the server? They can no longer sign in to the server and their sessions there end; their records stay, and you can enable them again.</source>
        <translation></translation>
    </message>
    <message>
        <source>Enable %1 on the server? They can sign in again.</source>
        <translation></translation>
    </message>
    <message>
        <source>The password of %1 was reset on the server; their sessions there have ended.</source>
        <translation></translation>
    </message>
</context>
</TS>
