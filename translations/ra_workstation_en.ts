<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ApplicationQueue</name>
    <message>
        <source>The queue cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>There is no check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the decision rests on (at most 2000 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is decided by its evidence records, not set directly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplicationState</name>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApprovalService</name>
    <message>
        <source>The certificate cannot be approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lint error(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate content changed since it was shown; look at it again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproverKey</name>
    <message>
        <source>Your approval key could not be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password does not open your approval key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApproverKeyCertifier</name>
    <message>
        <source>The audit log does not verify, so the creation of this key cannot be trusted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entry records the creation of this key: it was not made by the workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entry records that another user gave %1 a role that approves, confirmed by a second administrator where needed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditLogService</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export has no head line: it was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 does not follow from entry %2: an entry was inserted or replaced here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was altered: its content no longer matches its hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: the newest entries were deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 and later were added outside the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 was replaced: it does not match the recorded head of the chain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries verified.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint of entry %1 (%2) is not signed by the CA&apos;s audit key: it was forged or altered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry %1 is not the entry the HSM signed at %2: the log was rewritten up to here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log ends at entry %1, but the HSM signed a checkpoint of entry %2 at %3: the log was cut short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no signed checkpoint yet: nothing vouches for the log outside the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checkpoint(s) signed by the HSM verify; the last covers entry %2 (%3). %4 later entries are not yet covered: removing them would not show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace&apos;s CA has no audit key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No signed checkpoint was checked (the audit key could not be read from the HSM and none was given): a consistent rewrite of the whole log would not show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry numbered %1 is in the log, which numbers from 1: it was added outside the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries have no sequence number: they were added outside the application.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records that decide issuance match their seals.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 of %2 has no seal in the audit log: it was written outside the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2 is not what its seal in the audit log says: it was changed outside the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2 is sealed in the audit log but gone: it was deleted outside the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every record matches its seal, but the database&apos;s schema is not the one the application made: a trigger, view, index or table was added, changed or dropped outside it, and could have changed records before they were sealed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after repeated failures until %1 (UTC).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: the account is locked for %n minute(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The one-time code is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name, password or one-time code is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second administrator has not yet confirmed this account&apos;s role. Ask one to confirm it; they will give you the other part of your code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code is not correct, has been used or has expired. Ask an administrator for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code from your authenticator does not match. Check that the whole secret was entered and that the device&apos;s clock is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password is the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your one-time code cannot be checked: this workspace cannot open your authenticator&apos;s stored secret (its secrets.key is not the one it was sealed with, or the database was altered). Tell an administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorityPage</name>
    <message>
        <source>Applicant representative, as the application states (not a verified source for the call-back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a call-back: Reliable Method of Communication (R-ORG-5, CP 3.2.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;umber or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As found in the verified source, never the application&apos;s own contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Where in the source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing, page or URL where the number or address appears</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the person who answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their &amp;title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position in the organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was said, in a sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record the call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-backs recorded (never changed; the newest that reached someone decides)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorityService</name>
    <message>
        <source>Data source #%1 is not an approved Reliable Data Source: a call-back cannot rely on it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuthorityVerification</name>
    <message>
        <source>Telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2 via %3 (call-back #%4, source: %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied by %1 on %2 (call-back #%3): the representative&apos;s authority is not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-back record needs the number or address used, where in the verified source it was found, the date and time, and the person reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field of the call-back record is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number or address must come from an approved Reliable Data Source (CP 3.2.5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call-back must have taken place between the application&apos;s arrival and now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the contact the application gave: a call-back must use a number or address taken from a verified source, not from the application (CP 3.2.5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaActivationService</name>
    <message>
        <source>Two Key Custodians are needed to activate the CA key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second custodian must be a different person from the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a Key Custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN shares are malformed or from the same custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PIN must be split among at least two custodians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is named twice: each share of the PIN goes to a different custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not sign in, so gets no share: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The PIN cannot be split among %n custodians.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>This PIN rotation has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s PIN was not changed: the old shares still work; destroy the new ones.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaCertificateBuilder</name>
    <message>
        <source>The CA certificate could not be made (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A certificate of the chain cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuing CA certificate is not a CA certified by the root.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder certificate is not issued by the issuing CA for OCSP signing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaSetupService</name>
    <message>
        <source>This workspace has no CA yet: run `ra-cli ca init` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has a CA already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoftHSM2 is not installed (Debian package softhsm2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The SoftHSM2 configuration cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected the issuing CA and root certificates (in that order) and one OCSP responder certificate, in PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder certificate does not follow CP table 7.1-2; run ra-cli lint --profile ocsp-responder on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 certificate does not certify the key &quot;%2&quot; in the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator names the PKCS#11 module and token first: ra-cli settings set hsm/module PATH, hsm/token_label LABEL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A demo CA in a SoftHSM2 token belongs to a demo workspace only; register this workspace&apos;s CA with ra-cli ca init --chain.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Caa</name>
    <message>
        <source>The record set has the critical property &quot;%1&quot;, which this CA does not know: issuance is forbidden (RFC 8659 4.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record set has no issue property: any CA may issue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; authorizes %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 property names %2; issuance is not authorized.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC validation failed (bogus) for %1: never counted as permission (R-CAA-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAA lookup for %1 failed outside our infrastructure after %2 attempts and the zone is DNSSEC-insecure: treated as permission (R-CAA-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CAA lookup for %1 failed (%2); issuance is blocked until it succeeds (R-CAA-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CAA record set up to the top-level domain: any CA may issue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaaService</name>
    <message>
        <source>CAA is checked again at issuance of approved applications only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificateBuilder</name>
    <message>
        <source>The certificate could not be built (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country must be %1 (CP 3.1.1, table 7.1-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject needs a real %1 value (CP 7.1, table 7.1-1; CP 7.1.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject needs a common name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The common name %1 is not one of the subjectAltName dNSNames (CP 7.1.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate needs at least one dNSName.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CertificatePreviewService</name>
    <message>
        <source>no evidence confirms the organization&apos;s name and address yet, and the subject is built from verified data only (R-CSR-5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A supervisor&apos;s approval key is sealed again under the new password; it stays the same key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Applicant &amp; CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR is a readable PKCS#10 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR signature verifies (proof of possession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber Agreement executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least one FQDN requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type, size and parameters allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key is not weak or compromised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested names can be certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate preview passes the linter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No match in revoked or rejected records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address is a place of business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBA / tradename verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents attached with their SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents inspected for alteration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative&apos;s authority confirmed by call-back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain control validated for every FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA permits issuance for every FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation corroborated by remote perspectives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application includes a certificate signing request in PKCS#10 format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant proves possession of the private key: the CSR signature verifies with the public key it carries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application proceeds without an executed Subscriber Agreement or Terms of Use: version, acceptance time and who accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application names at least one fully-qualified domain name for the Subject Alternative Name extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA 2048 per the profile; public exponent odd, at least 3; modulus odd, not a prime power, no factor smaller than 752.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse keys with the ROCA fingerprint, Debian weak keys, close primes, or keys reported compromised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every name is an FQDN of LDH or P-labels under a public suffix: no wildcard, IP address, .onion, Internal Name or Reserved IP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact certificate is linted against the Baseline Requirements and the profile before signing; any error stops issuance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each application is matched against previously revoked certificates and rejected requests; matches are high risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the identity of the organization from a government agency, a Reliable Data Source, a site visit or an Attestation Letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify that the address is a place of existence or operation of the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A DBA or tradename, when present, is verified by one of the sources of CP 3.2.2.2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The country of the organization is verified; the profile fixes C=JP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every document relied upon is attached and stored with its SHA-256, who added it and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each document is inspected for alteration or falsification and the result recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the representative&apos;s authority by a Reliable Method of Communication, such as a call-back to a number from a verified source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate control of every FQDN by one of the methods of CP 3.2.2.4 with a Random Value valid for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check CAA records per RFC 8659 for every dNSName; issue within max(TTL, 8 hours) of the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corroborate domain validation and CAA from remote Network Perspectives meeting the quorum of table 3.2.2.9-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-risk request: additional verification recorded (if high risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A high-risk request (a match with revoked or rejected records, a high-risk name, a look-alike or mixed-script name) needs, before approval: every match examined and explained in the note; the organization confirmed by a second, independent source; the domain&apos;s registrant or DNS operator confirmed to be the organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorporateNumber</name>
    <message>
        <source>A corporate number is 13 digits: %1 is not one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: the number was mistyped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CorporateNumberApi</name>
    <message>
        <source>The registry&apos;s answer is not a corporate-number document; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer is too large; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s answer is not valid UTF-8; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry did not answer in time; try again later. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry answered with a redirect, which is not followed; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry cannot be reached; check the network and try again. Nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry refused the request (HTTP %1); nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corporate-number registry is not configured (corporate_number/base_url, set by an administrator; the application id in workspace.ini [corporate_number]).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsrParser</name>
    <message>
        <source>The CSR is larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSR is not a readable PKCS#10 request (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSR&apos;s public key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <source>Reliable Data Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only approved sources can be cited as evidence (R-ORG-4, CP 3.2.2.7). A source is withdrawn, never deleted: what was recorded from it keeps naming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evaluate a new source (CP 3.2.2.7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it is consulted (no credentials)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider&apos;s purpose in collecting the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age of the data:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How old the information it gives is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Update &amp;frequency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often it is updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public a&amp;ccessibility:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can consult it, and how</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Difficulty of falsification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard it is to falsify or alter the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pprove this source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workspace database cannot be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema could not be prepared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace was created by a newer version of the RA Workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database schema could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dcv</name>
    <message>
        <source>%1 is not %2 or one of its parent domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a public suffix and cannot be an Authorization Domain Name (CP 3.2.2.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The prefix must be one label that begins with an underscore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wildcard name cannot be validated over HTTP (BR 3.2.2.4.18, 3.2.2.4.19); use the DNS change method.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTTP methods validate %1 itself: no parent domain and no prefix (CP 3.2.2.4 items 6 and 7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect with status %1 refused: only 301, 302, 307 and 308 are followed (CP 3.2.2.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect to %1 refused: only http on port 80 and https on port 443 are followed (CP 3.2.2.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A delivery-status notification confirms nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An automatic answer (Auto-Submitted: %1) confirms nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message from the null sender or MAILER-DAEMON (a bounce) confirms nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply comes from %1, which was not mailed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply does not carry the value in its own text (a value only in the quoted message does not count).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DcvService</name>
    <message>
        <source>Only the officer validating this application, while it is in review, validates its domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not one of the names this application requests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The random value expired on %1; start a new attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 is decided (%2); start a new attempt to validate %3 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant places a file at %1 (or the same path over https) that contains %2, before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant serves %1 over http on port 80 with exactly this body: %2, before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The applicant publishes a TXT record at %1 whose text is %2, before %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email methods take no prefix label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email with its own random value goes to each of %1; the applicant replies to one of them from that address, writing its value in the reply, before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email with its own random value goes to each Domain Contact of %1 the registry names (RDAP, else WHOIS); the applicant replies to one of them from that address, writing its value in the reply, before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email with its own random value goes to each contactemail address of the CAA records of %1 that the perspectives confirm; the applicant replies to one of them from that address, writing its value in the reply, before %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An email with its own random value goes to each address in the TXT records at %1 that the perspectives confirm; the applicant replies to one of them from that address, writing its value in the reply, before %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo credentials cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SoftHSM2 is not installed (Debian package softhsm2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo&apos;s validation of %1 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No second administrator to confirm %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DnsLab</name>
    <message>
        <source>Knot DNS is not installed (Debian package knot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s DNS server refused a command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s DNS server runs already (PID %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is in use; choose another with --port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s zone cannot be written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s DNS server did not start; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s DNS server (PID %1) did not stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab serves no zone for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentReview</name>
    <message>
        <source>Issuer, seal and signature consistent with the issuing authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates plausible and the document current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names, numbers and addresses agree with the application and evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sign of alteration: fonts, alignment, overlays, erasures, file metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document #%1 is not a current document of this application: only the version relied upon now can be replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no inspection check &quot;%1&quot; (or it is named twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check was not confirmed: say what was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The finding is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed inspection #%2 by %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (inspection #%2 by %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not inspected yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of %1 no longer matches its SHA-256: it is not the document inspected. Report it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>Document #%1 is not a current document of this application: only the version relied upon is inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored file of %1 is missing or no longer matches its SHA-256: it cannot be inspected. Report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents relied upon, every version (R-DOC-1, CP 3.2.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspect the selected document for alteration or falsification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick what you confirmed; anything left unticked fails the inspection and needs a finding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found, when a check did not hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the &amp;inspection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;place with a new version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainChecks</name>
    <message>
        <source>Every name validated, corroborated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not validated yet: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA forbids issuance for %1 (CP 3.2.2.8).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA allows every name, corroborated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current, corroborated CAA permission for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remote perspectives corroborated every validation and CAA check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for corroborated validation and CAA of every name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <source>Primary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corroborates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saw something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed or timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC: secure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC: insecure (unsigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC: bogus (validation failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNSSEC: not validated</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DossierService</name>
    <message>
        <source>Only auditors and supervisors produce an application&apos;s dossier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier of application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Produced by %1 on %2 from workspace %3. State: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claims of the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBA / tradename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSR subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified organization (R-CSR-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not verified: no evidence confirms the organization&apos;s name and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization evidence (R-ORG-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No organization evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-backs (R-ORG-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No call-back recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents and inspections (R-DOC-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No inspection recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain validation, CAA and corroboration (R-DCV-2, R-CAA-1, R-MPIC-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No domain validation attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No CAA check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals and certificate (R-APR-2, R-ISS-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tbsCertificate SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail of the application (R-AUD-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, corporate number %2; %3 %4 %5, %6 — evidence #%7 from %8, %9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answer SHA-256 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (documents %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>First sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your administrator gave you an enrolment code (and, for a supervisor, key custodian or administrator, a second administrator gave you its other part). With it you choose your own password and set up your own authenticator; nobody else ever sees them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrolment code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX (all parts, in any order)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your authenticator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an account to your authenticator app (TOTP, 6 digits, 30 seconds) with this secret, then type the code it shows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Code shown:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Record organization evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence from a source the workstation does not look up itself (CP 3.2.2.1–3.2.2.3). Enter what the source states, not what the application claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved &amp;data source:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agency and file number, visit report, letter reference, URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Obtained:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the source confirms, as it states it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tradename (DBA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents it relies on (R-DOC-1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighRisk</name>
    <message>
        <source>%1: as revoked certificate %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: as application %2 rejected for suspected fraud (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: contains the high-risk name &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: looks like %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the label &quot;%2&quot; mixes scripts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighRiskNamesDialog</name>
    <message>
        <source>High-risk names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested names are matched against these names and their look-alikes (same confusable skeleton, mixed scripts) at import and again before submission; a match flags the application high risk and asks for additional verification (R-IN-4, CP 4.2.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skeleton (what look-alikes share)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the selected name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name (one label):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. paypal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>why requests for this name need a closer look (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HighRiskService</name>
    <message>
        <source>Only an administrator keeps the high-risk name list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A high-risk name is one label (letters, digits and hyphens, at most 63 characters), with the reason it is on the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the name comes off the high-risk list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 in DNS) looks the same as &quot;%3&quot;, already on the list (#%4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>Only an RA officer may import applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; has been imported already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document could not be stored in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IssuanceService</name>
    <message>
        <source>Application %1 has its certificate already (serial %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 is not approved for issuance (it is %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approvals do not cover the certificate content on record (R-APR-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA checked again for %1 at issuance: %2 %3 Nothing was signed (R-CAA-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database&apos;s schema is not the one the application made (a trigger, view or table changed outside it): no evidence in it can be trusted. Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record %1 of %2, which this issuance rests on, is not what the audit log sealed: it was written, changed or deleted outside the application. Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The security settings recorded in the audit log do not verify: %1 Nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwkThumbprint</name>
    <message>
        <source>The key is not an RSA or EC P-256/P-384/P-521 public key.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyBlocklistService</name>
    <message>
        <source>Only an administrator may import key blocklists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a %3 value; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KeyQuality</name>
    <message>
        <source>RSA %1 bits; the profile allows RSA %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public exponent %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public exponent %1 is not an odd number from 65537 to 2^256-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modulus is odd.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modulus is even.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No factor smaller than 752.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modulus is divisible by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modulus is a prime, not a product of two primes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modulus is a power of a single number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modulus is not a prime or a prime power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key has the ROCA fingerprint (CVE-2017-15361): its private key can be computed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ROCA fingerprint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The primes are so close that Fermat&apos;s method factors the modulus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermat factorization finds no factor in %1 rounds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is a Debian OpenSSL 2008 weak key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the Debian weak-key lists that were imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA key cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ECDSA on %1; allowed curves: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public point is on the curve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public point is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applies to RSA keys only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key type %1 is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key was reported compromised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the compromised-key list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run: the key is refused for its size.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LabProcess</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>The validity period is within the limit in force on notBefore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number is long enough to hold 64 bits from a CSPRNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subjectAltName is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dNSNames hold letters, digits, hyphens and dots only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dNSNames contain no underscore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every label is at most 63 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No empty label, and no trailing dot for the root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No label starts or ends with a hyphen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dNSName is at most 253 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels with &apos;--&apos; in the third and fourth place are P-labels only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No .onion name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dNSName is an IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The common name is a character-for-character copy of a dNSName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No subject attribute holds only metadata such as &apos;.&apos;, &apos;-&apos; or &apos; &apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extendedKeyUsage is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extendedKeyUsage does not hold anyExtendedKeyUsage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage allows neither keyCertSign nor cRLSign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>basicConstraints does not make the certificate a CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not use SHA-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RSA modulus has at least 2048 bits and is divisible by 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA public exponent is odd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA public exponent is at least 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The RSA public exponent is between 2^16+1 and 2^256-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificatePolicies is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorityInfoAccess is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate cannot be read (PEM or DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject country is JP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject has no organizational unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject has one state or province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject has one locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject has one organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject has exactly one common name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject public key is RSA 2048 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature algorithm is sha256WithRSAEncryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage is digitalSignature, with keyEncipherment for RSA keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage is marked critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage is serverAuth, optionally with clientAuth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificatePolicies holds this CP&apos;s OID 1.2.392.200091.100.751.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificatePolicies holds the OV policy 2.23.140.1.2.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This CP&apos;s policy carries the HTTP(S) URL of the repository as CPS qualifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the extensions of the profile are present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every extension has the criticality of the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subjectAltName holds dNSNames only (no IP address or other name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No wildcard dNSName</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cRLDistributionPoints holds the HTTP URL of the CRL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorityInfoAccess holds the HTTP URL of the OCSP responder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate is version 3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number is greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The serial number is below 2^159 and at most 20 octets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notAfter is later than notBefore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates before 2050 are UTCTime, later ones GeneralizedTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No extension appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorityKeyIdentifier is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorityKeyIdentifier is not critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorityKeyIdentifier holds a keyIdentifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subjectKeyIdentifier is not critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subjectKeyIdentifier is present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject country is two upper-case letters in a PrintableString</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject organization has at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject common name has at most 64 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject locality has at most 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject state or province has at most 128 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subjectAltName holds no empty name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The issuer name is not empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outer signature algorithm equals the one inside tbsCertificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With an empty subject, subjectAltName is critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keyUsage asserts at least one usage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorityInfoAccess is not critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cRLDistributionPoints is not critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificatePolicies is not critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject holds only C, ST, L, O and CN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject attributes are UTF8String or PrintableString</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTCTime values include seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTCTime values are in Zulu time (end in Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GeneralizedTime values are in Zulu time without fractions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RSA PKCS#1 v1.5 signature algorithms carry NULL parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An RSA subject public key&apos;s algorithm carries NULL parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every caIssuers location in authorityInfoAccess is an HTTP URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An issued certificate does not carry the precertificate poison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended key usage is OCSPSigning only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id-pkix-ocsp-nocheck is present and not critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certificatePolicies is absent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key usage is digitalSignature only, marked critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subject is C=JP, the CA operator&apos;s O and the responder&apos;s CN</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>The mail to %1 was not sent: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail relay is configured: an administrator sets mail/relay and mail/from (ra-cli settings set).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MailLab</name>
    <message>
        <source>The lab&apos;s mail servers run already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aiosmtpd is not installed (Debian package python3-aiosmtpd).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use or may not be used by this user; choose another address with --web-address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s mail server did not start; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s mail server (PID %1) did not stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No message for %1 has arrived in the lab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Mpic</name>
    <message>
        <source>Multi-perspective corroboration is not required on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 remote perspective(s) answered; %2 are required on %3 (CP 3.2.2.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quorum is not enforced yet on %1; %2 of %3 remote perspectives corroborate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 remote perspectives did not corroborate; at most %3 may (CP table 3.2.2.9-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corroborating perspectives span %1 RIR(s); at least %2 are required (CP 3.2.2.9).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 remote perspectives corroborate, from %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>Wildcard names are not issued under this policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a wildcard name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP addresses are not issued under this policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onion names are not issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not an .onion name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fully-qualified name of LDH labels and P-labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a fully-qualified domain name (at least two labels, no trailing dot).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; is neither an LDH label nor a valid P-label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels of at most 63 octets, name of at most 253.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label is longer than 63 octets or the name longer than 253.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name does not end in a public top-level domain: an Internal Name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is itself a public suffix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrable domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>Registry look-up: NTA Corporate Number System (R-ORG-1, CP 3.2.2.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13 digits, from the application&apos;s documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up in the registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application (claimed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registry (verified)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the certificate&apos;s subject will carry (R-CSR-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence (R-ORG-1, R-DOC-2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference (where it was obtained)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record &amp;other evidence…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A government agency, another approved data source, a site visit, an Attestation Letter, or a document showing the tradename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reuse this answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered n&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start of the name as registered, to find a number the application lacks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the registry&apos;s corporations with this name (/4/name). A search is not evidence: choose one, then look its number up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>The corporate-number registry is not an approved Reliable Data Source: an administrator must evaluate and approve it first (CP 3.2.2.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has no corporation with the number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry answered with %1 corporations for one number; nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry answered about another corporation (%1); nothing was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator evaluates and approves Reliable Data Sources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every criterion of CP 3.2.2.7 must be evaluated: name, provider and purpose, age of the data, update frequency, public accessibility, difficulty of falsification.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source #%1 cannot be cited here: it is not an approved Reliable Data Source, or it is the registry the workstation looks up itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reused: the answer kept as evidence #%1 for application #%2, compared again with this application&apos;s claims.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No earlier registry answer about this corporation may be reused today: look it up in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the name to search for, at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OrganizationVerification</name>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed on %1 (cause %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>successor %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry lists the corporation as closed or merged: it cannot be certified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s name differs from the application&apos;s: return the application for correction or verify the name otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry&apos;s address differs from the application&apos;s (moved, or mistyped).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry does not confirm the country.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence #%1: %2 %3, obtained %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable Data Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attestation Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable Method of Communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tradename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A call-back is recorded on the Authority page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A corporate number is verified only by looking it up in the registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what the source confirms: name, address, country or tradename.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A bill, statement or tax document can confirm a tradename only (CP 3.2.2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An Attestation Letter for a tradename needs its documentary support: cite the letter and at least one more document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document #%1 is not a current document of this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the source&apos;s reference (at most 500 characters): the agency and file number, the visit report, the letter&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The evidence must have been obtained before now and within the last %1 days (R-DOC-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A value is longer than 200 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source states other values than the application claims (%1): return the application for correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bill, statement or tax document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A site visit cannot verify a tradename (CP 3.2.2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cite the documents the evidence relies on, each once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not passed its inspection: inspect it on the Documents page before relying on it (CP 3.2.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is longer than 2000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what the source states for each part it confirms (an address with its prefecture, city and street), and nothing for the parts it does not.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>No application package at %1 (a folder with %2 is expected).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package format version %1 is not supported; this workstation reads version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a two-letter ISO 3166 country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a date and time such as 2026-11-20T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must list at least one domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is %2 bytes; the limit is %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package is larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; names &quot;%2&quot;, which is not a path inside the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; named in field &quot;%2&quot; is not in the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; names &quot;%2&quot;, which leads outside the package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 bytes; the limit is %3 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is not what its name says (%2 by its content, %3 by its name): only PDF, PNG and JPEG documents are relied upon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ordinary file (a pipe, a device or a socket).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerspectiveEnrollment</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PerspectiveLab</name>
    <message>
        <source>The lab&apos;s perspectives run already (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ra-perspective is not installed or built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 (perspective %2) is in use; choose others with --perspective-port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective %1 did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective %1 did not start; see %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective %1 (PID %2) did not stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pkcs11Token</name>
    <message>
        <source>The PKCS#11 module cannot be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA&apos;s token is not present in the HSM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HSM refused the activation data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA key is not activated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA key is not on the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HSM could not sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HSM&apos;s slots cannot be listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HSM has no free slot for a new token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token could not be initialised.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s user PIN could not be set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token&apos;s PIN could not be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HSM could not generate the key pair.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key is not on the token.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an application package folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReadAccess</name>
    <message>
        <source>Your role (%1) may not do this: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordSeals</name>
    <message>
        <source>The records that decide issuance cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A record just written cannot be found.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryLab</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s WHOIS server runs already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python 3 is not installed (Debian package python3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use or may not be used by this user; choose another address with --web-address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s WHOIS server did not start; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s WHOIS server (PID %1) did not stop.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RevocationService</name>
    <message>
        <source>Only a supervisor may revoke a certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a revocation reason of this CA; use one of: %2 (CP 7.2.2; certificateHold is never used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No issued certificate has serial %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 was revoked already (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a serial number in hex.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>RA Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretSealer</name>
    <message>
        <source>A stored secret cannot be opened: the workspace&apos;s secrets.key is missing, is not the key it was sealed with, or the value was altered.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>%1 is not a security setting; it stays in workspace.ini.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a setting the workstation reads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of %1 is not one line of text without leading or trailing spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may not be empty: its default is not necessarily what is meant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeparationOfDuties</name>
    <message>
        <source>Only an RA officer may validate an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another officer has taken this application for review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may approve an application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person who validated an application can never approve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have already approved this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only RA officers and supervisors may be Key Custodians.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator cannot change their own role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This check is run by the tool, not recorded by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the officer validating this application records its checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks are recorded while the application is in review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is not high risk: there is nothing to verify further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account awaits no confirmation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A second administrator must confirm this: not the one who created the account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Only an administrator changes the security settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a demo workspace has a lab that may point its settings at itself; here an administrator changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only auditors, supervisors and administrators read the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningModule</name>
    <message>
        <source>The CA key or the CA certificate is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA certificate does not certify the key in the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA key is not activated: two Key Custodians must activate it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HSM failed while signing (token removed, session closed or module error); nothing was signed. Activate the CA key again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate to sign cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 validated this application and cannot also approve it (R-ROLE-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval by %1 does not cover this exact certificate content; the content changed after approval or the approval was altered (R-APR-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 approval(s) by different supervisors are needed; %2 verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not this CA&apos;s subject.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate&apos;s authority key identifier is not this CA&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approved content has notBefore %1, not within %2 hours before now: it must be approved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate does not pass the linter; nothing was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The precertificate could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed certificate does not match what was approved; it is not released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder certificate does not pass the linter (CP table 7.1-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nextUpdate must come after thisUpdate and at most 10 days later (CP table 7.2-1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CRL could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An OCSP response must be valid between 8 hours and 10 days (CP 4.9.10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP responder key or certificate is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;good&quot; is only ever said of a certificate this CA issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OCSP response could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No current CAA permission for %1: the check must be at most max(TTL, 8 hours) old at signing (R-CAA-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval key of %1 carries no certification by this CA&apos;s HSM; the approval is not accepted (R-APR-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HSM has no audit key to certify approvers&apos; keys.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HSM has no audit key to sign checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no passed domain validation usable today: nothing was signed (R-DCV-2, R-DOC-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate has no readable subjectAltName with its names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate names something other than a domain name: nothing validated it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlApplicationRepository</name>
    <message>
        <source>No application with number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else changed this application meanwhile. Reopen it to see the current state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application records cannot be read or saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlAuditTrail</name>
    <message>
        <source>The audit log has lost its head record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clock reads %1, earlier than the last audit entry (%2); nothing was done. Check this computer&apos;s clock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last audit entry has no readable time; nothing was done. Run audit verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entry %1 was changed outside the application: run `ra-cli audit verify`.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCallbacks</name>
    <message>
        <source>The call-back records cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlCertificateStore</name>
    <message>
        <source>The certificate records cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate has serial %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlDcvAttempts</name>
    <message>
        <source>The validation records cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no validation attempt %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlDocuments</name>
    <message>
        <source>The documents cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlHighRisk</name>
    <message>
        <source>The high-risk records cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no high-risk name #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlKeyBlocklist</name>
    <message>
        <source>The key blocklist cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key blocklist cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlOrganizationEvidence</name>
    <message>
        <source>The organization evidence cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no approved data source #%1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlUserRepository</name>
    <message>
        <source>A user with this name exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user records cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The approval key changed while it was certified.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqlValidationEvidence</name>
    <message>
        <source>The validation evidence cannot be read or written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteAuditScan</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubscriberNotifier</name>
    <message>
        <source>Certificate %1 is not issued: there is nothing to send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mail relay is configured (ra-cli settings set mail/relay).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>&lt;b&gt;Every check of every step&lt;/b&gt; — select one to read the rule it enforces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note and evidence</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsAuthority</name>
    <message>
        <source>The perspectives&apos; TLS certificate could not be made (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may add users. The first user of a workspace is its administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is reserved: the audit log uses it for the software itself or for a role.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another administrator resets your account; you change your own password with your current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code of this account has expired: reset the account for a new one, then confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would leave fewer than two active administrators: add and confirm another administrator first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WebLab</name>
    <message>
        <source>The lab&apos;s web server runs already (PID %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nginx is not installed (Debian package nginx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port 80 or 443 on %1 is in use or may not be used by this user; choose another address with --web-address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s web server did not start; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s web server (PID %1) did not stop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s web server did not take the new configuration; see %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a URL the lab serves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%2 is not a URL the lab serves.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>This action is not possible while the application is %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reason is required for this action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory check(s) have not passed yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not make this decision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval needs your second factor entered at the moment of approval.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval must cover the exact certificate content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a supervisor may send an application back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application does not have the approvals it needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an RA officer may record a resubmission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take for review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back to officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record resubmission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the officer who took this application, or a supervisor, may return, resubmit or reject it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a workspace. Create one with: ra-cli workspace init %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a security setting: an administrator changes it, and the audit log keeps it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>RA Workstation</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra-cli</name>
    <message>
        <source>Workspace folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Act as if today were DATE (ISO 8601).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authenticate as USER (secrets from the terminal or stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With workspace init: add demo users, HSM and applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>officer, supervisor, auditor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user is a Key Custodian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (return, reject).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify this export file instead of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A base32 TOTP secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BASE32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only applications in this state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA Workstation command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run ra-cli --help for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at takes a date such as 2026-12-01 or 2026-12-01T09:00:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command changes the workspace: name yourself with --as USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli workspace init DIR [--demo]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace created in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo users, passwords and TOTP secrets: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [key custodian]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [disabled]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--role must be officer, supervisor, auditor or administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli --as OFFICER import PACKAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as application %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown state: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli app show|take|return|reject ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown app command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 is now %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli audit export --out FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 entries written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli totp code --secret BASE32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret is not base32.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocklist format: spki-sha256 or debian.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli csr check FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature verifies with the CSR&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli --as ADMINISTRATOR blocklist import FILE --format spki-sha256|debian</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 values read, %2 new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With lint: list every lint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n lint(s) run, no findings.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>With lint: tls-server (the default) or ocsp-responder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli lint FILE [--at DATE] [--profile NAME] | ra-cli lint --list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--profile must be one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Custodian %1: user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN share of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test signature does not verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA key was activated, signed a test challenge that verifies, and was deactivated again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed the interrupted issuance of certificate %1 (application %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator may set up the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least two Key Custodians before setting up the CA.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved the certificate content %1 (serial %2); application %3 has %4 of %5 approvals and is now %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli issue ID [--out FILE]  (two Key Custodians on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 issued for application %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No certificate has serial %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 has not been issued.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli revoke SERIAL --reason %1 --as SUPERVISOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a revocation reason of this CA; use one of: %2 (CP 7.2.2; certificateHold is never used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 is revoked; the next CRL and OCSP responses say so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli crl generate --out FILE  (two Key Custodians on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRL number %1 with %2 entries, valid until %3, written to %4 (DER).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli ocsp sign --out DIR [--serial HEX ...]  (two Key Custodians on stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 OCSP response(s) written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With ocsp sign: also answer for this serial (hex); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With cert show: the certificate as PEM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With ca split-pin: who gets a share (comma-separated user names).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n issuance(s) were interrupted; the next signing command completes them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ra-cli ca init --demo|--chain FILE --ocsp-cert FILE | ca activate | ca chain | ca split-pin [--custodians A,B,C]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate files cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CA is registered; its keys stay in the HSM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With ca init: the issuing CA and root certificates (PEM, in that order).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With ca init: the OCSP responder certificate (PEM).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With caa check: forward queries to this resolver (the lab: 127.0.0.1@53535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDR@PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With lab start: the DNS port (default 53535).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PORT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab DNS (Knot) runs; resolver %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab DNS is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With dcv start: the validation method (dns-change).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With dcv start: the Authorization Domain Name (default: the FQDN).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With dcv start: an underscore label in front of the ADN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown validation method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With lab: its folder (default $RA_LAB_DIR, else WORKSPACE/lab).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With lab start: the first of six perspective ports (default 47001).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With caa check: record the check as evidence for this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli caa check FQDN [--resolver ADDR@PORT] [--issuer DOMAIN] | caa check FQDN --application ID --as OFFICER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 — %3
%4 Valid until %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1 for %2: %3 (primary saw: %4).
%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1; the lab enrolls its perspectives there (ra-cli workspace init).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No perspective runs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspectives running: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 now: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With caa check: the CA&apos;s issuer domain (default: the workspace&apos;s caa/issuer_domain, secomtrust.net unless configured; CP 4.2.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With lab start: the loopback address whose ports 80 and 443 the lab&apos;s web server takes (default 127.0.0.80).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt %1: %2 Then run ra-cli dcv check %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now serves: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab web server (nginx) runs on %1, ports 80 and 443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab web server is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli lab start|stop|status [--lab-dir DIR] [--port PORT] [--perspective-port PORT] [--web-address ADDRESS] | lab set-record NAME TYPE [RDATA ...] | lab publish URL CONTENT | lab reply ADDRESS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 replied to the newest message it received.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab mail (aiosmtpd) runs on %1, ports %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab mail is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab WHOIS is stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence #%1 recorded: %2 (%3), confirms %4
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli rds list | rds approve EVALUATION.json --as ADMINISTRATOR | rds withdraw ID --as ADMINISTRATOR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a data source id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source %1 withdrawn: it can no longer be cited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read (at most 64 KiB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data source %1 approved: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With app reject: rejected for suspected fraud or phishing (R-IN-3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No high-risk match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a high-risk name id: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-risk name %1 added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli cert list | cert show SERIAL [--pem] | cert notify SERIAL --as USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only officers and supervisors notify subscribers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscriber of %1 was notified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli authority list APPLICATION | authority callback APPLICATION CALLBACK.json --as OFFICER (CALLBACK.json: channel, contact, data_source_id, source_reference, person_reached, person_title, reached_at, outcome, note; - reads stdin)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>channel is telephone, email or postal; outcome is confirmed, denied or not-reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli doc list APPLICATION | doc inspect APPLICATION DOCUMENT all|CHECK,CHECK… [--reason FINDING] --as OFFICER | doc replace APPLICATION DOCUMENT FILE --as OFFICER (checks: issuer, dates, content, unaltered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uninspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document #%1 (%2) replaces #%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection #%1 of document #%2: passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection #%1 of document #%2: FAILED (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli app dossier ID --out FILE.pdf --as USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli app check ID CODE passed|failed|n/a --reason TEXT --as OFFICER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recorded as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind is government-agency, reliable-data-source, site-visit, attestation-letter or identification-document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence #%1 recorded: %2 %3, confirms %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli org search APPLICATION NAME --as OFFICER | org lookup APPLICATION CORPORATE_NUMBER --as OFFICER | org reuse APPLICATION CORPORATE_NUMBER --as OFFICER | org record APPLICATION EVIDENCE.json --as OFFICER (EVIDENCE.json: kind (government-agency, reliable-data-source, site-visit, attestation-letter, identification-document), data_source_id, reference, obtained_at, confirms (name+address+country+tradename), verified {legal_name, state_or_province, locality, street_address, country, tradename}, documents [ids], note; - reads stdin) | org evidence APPLICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  (closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has no corporation of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli risk names list | risk names add NAME --reason TEXT --as ADMINISTRATOR | risk names remove ID --reason TEXT --as ADMINISTRATOR | risk check APPLICATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High-risk name %1 removed from the list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli dcv start APPLICATION FQDN [--method dns-change|website-change|acme-http-01|constructed-email] [--adn ADN] [--label _LABEL] --as OFFICER | dcv check ATTEMPT --as OFFICER | dcv status APPLICATION --as USER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at moves the clock and is refused here: only a demo workspace (workspace init --demo), in a build made for tests, may act at another time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a demo workspace: a lab would replace its resolver, perspectives and mail relay. Only a workspace made with `workspace init --demo` has a lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With audit verify: the CA&apos;s public audit key (PEM) that signed the checkpoints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli audit verify [--audit-key FILE] [--export FILE] | audit export --out FILE | audit key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Custodian %1, to receive a PIN share: password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share %1 of %2 is for %3 alone: everyone else looks away now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, press Enter to see your share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write it down where only you can read it, then press Enter to clear the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each custodian was shown their own share: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN shares are shown on a terminal only, to each custodian in turn: run this command at a terminal, its input not redirected. Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo CA created. Each Key Custodian now sees their PIN share, alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every share was shown: this demo CA cannot be activated; make a new demo workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new PIN is ready; each custodian now sees their new share, alone. The token takes it at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every share was shown: the token keeps its old PIN and the old shares still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has a new PIN; the old shares no longer work. Each custodian was shown their own share: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add its administrator, who then enrols: ra-cli --workspace %1 user add NAME --role administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [awaiting a second administrator]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  [awaiting enrolment]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli user add|confirm|reset|disable|enrol NAME, user password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code for %1: %2 (until %3 UTC). Give it to them alone: they choose their own password and authenticator with `ra-cli user enrol %1` or at the workstation&apos;s first sign-in. It is not shown again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This grant needs a second administrator: `ra-cli --as OTHER-ADMIN user confirm %1` gives the code&apos;s other part, and %1 needs both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment code for %1 (all parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter this secret in your authenticator app (or open the address):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code your authenticator shows now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is enrolled and may sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate application %1 would get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was approved. To approve exactly this content: ra-cli --as %1 approve %2 --digest %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli approve ID --as SUPERVISOR [--digest SHA256]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With approve: the SHA-256 of the tbsCertificate shown by `approve ID` alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--digest takes the 64 lower-case hex digits `approve ID` showed as the tbsCertificate SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab WHOIS runs on %1, port 43; RDAP on https://%2/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workspace needs a signed-in user: name yourself with --as USER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli ca init --demo --as ADMIN (a demo CA in a new SoftHSM2 token), or ra-cli ca init --chain FILE --ocsp-cert FILE --as ADMIN (register a CA whose keys are in the HSM named by the settings hsm/module and hsm/token_label).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>workspace init DIR | user add|confirm|enrol|password|reset|list|disable | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | authority list|callback | doc list|inspect|replace | risk names list|add|remove | risk check ID | settings list|set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: ra-cli settings list | settings set KEY VALUE --as ADMINISTRATOR (an empty VALUE removes the setting)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is now “%2” (was “%3”); the audit log records the change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::ApplicationQueueModel</name>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received %1 (%2 UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::ApplicationWindow</name>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 — %2 — %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · state: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last reason given: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a checklist item to see the rule it enforces and the evidence it needs.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (audit log of this application)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (if applicable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; · %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;&lt;i&gt;%5&lt;/i&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by the workstation&apos;s own checks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded by the validating officer with its evidence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject (as requested)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SAN dNSNames</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other SAN entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 (%3 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Verifies with the CSR&apos;s own key (proof of possession)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Does NOT verify: the request was altered or is forged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key SHA-256 (SPKI)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriber Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason (recorded in the audit log and shown to the next person):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (CSR %2, %n document(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC · No. %2 · %3
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key and name checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registrable domain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked (imported before these checks existed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate preview (from the data as it stands; verified values replace the applicant&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ No certificate can be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✔ Passes all %n lints</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✘ %n lint error(s): this certificate cannot be issued</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate content fixed for approval (serial %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuance started: serial %1 reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precertificate signed (serial %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuance failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial %1 retired unused (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1 revoked (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1, revoked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate %1, valid until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation of %1 started (%2, attempt %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation of %1 checked: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA of %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ O, ST, L verified by evidence #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ O, ST, L as the applicant claims them: not yet verified, so no certificate can be approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>flagged at an earlier matching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the application rejected for suspected fraud or phishing? Later applications with the same organization, names or key will then be flagged high risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back to %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call-back not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 inspected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version %1 of document #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document action refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Additional verification: %1 — record again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the additional verification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was verified, with whom and from which source (recorded in the audit log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did the additional verification confirm the application?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ HIGH RISK — %1
Additional verification is required before approval: &quot;%2&quot;, recorded with the button below.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::ApprovalDialog</name>
    <message>
        <source>Approve application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your one-time code, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You approve the issuance of exactly this certificate (CP 5.2.2, 6.2.2). Your approval is signed with your own key over its SHA-256 digest; any later change to the content voids it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password (opens your approval key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ It cannot be approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the tbsCertificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Passes all %1 lints</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1 lint error(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks and who decided them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What must the officer look at again? (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not sent back: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::AuditBrowser</name>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text in details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chain not verified in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Chain broken at entry %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::AuthorityPage</name>
    <message>
        <source>No approved source: an administrator approves one first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Call-back #%1 recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::CaActivationDialog</name>
    <message>
        <source>Activate the CA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two Key Custodians activate the CA key together (CP 6.2.2). Each signs in and enters their share of the activation data; nothing typed here is shown or kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key Custodian %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PIN share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The second custodian must be a different person from the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not activated: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::DataSourcesDialog</name>
    <message>
        <source>Consulted by the officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NTA corporate-number registry (looked up by the workstation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a source to read its evaluation (CP 3.2.2.7).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Provider and purpose: %2 — %3&lt;br&gt;Age of the data: %4&lt;br&gt;Update frequency: %5&lt;br&gt;Public accessibility: %6&lt;br&gt;Difficulty of falsification: %7&lt;br&gt;Approved by %8 on %9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not approved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 approved: officers may cite it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw data source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw “%1”? Officers can no longer cite it; what was recorded from it is kept and keeps naming it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::DocumentsPage</name>
    <message>
        <source>current, replaces #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replaced by #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed (#%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED (#%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No documents were attached to this application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ The stored file of %1 is missing or does not match its SHA-256: it may have been altered. Do not rely on it; report it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 matches its recorded SHA-256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No preview for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the document you inspected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Inspection #%1 recorded: passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspection #%1 recorded: failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the document to replace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New version of document #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Document #%1 replaces #%2: inspect the new version.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::DomainsPage</name>
    <message>
        <source>FQDN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation (CP 3.2.2.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA (CP 3.2.2.8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start validation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check C&amp;AA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the officer validating this application, while it is in review, validates its domains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Network perspectives&lt;/b&gt; (CP 3.2.2.9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not corroborated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No validation started for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA %1 at %2: %3&lt;br&gt;Relevant record set at %4: %5&lt;br&gt;%6 · TTL %7 s · good until %8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start validation of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorization Domain Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Underscore label (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CAA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 perspectives…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 perspectives answered…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the validation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, attempt %2 (%3): %4&lt;br&gt;Status: %5. Last seen: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y what to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — reused from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usable until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use: %1 validation of %2 (%3 days old), usable until %4 under the reuse limit in force%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, reused from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent by email only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, its value valid until %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked at %1; its certificate&apos;s SHA-256: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::EnrolmentDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::EvidenceDialog</name>
    <message>
        <source>&amp;Record evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::HighRiskNamesDialog</name>
    <message>
        <source>✘ Not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ “%1” added: applications requesting it or a look-alike are flagged high risk from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove high-risk name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✘ Not removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ “%1” removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why does “%1” come off the list? Later applications are no longer matched against it; applications already flagged stay flagged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::LoginDialog</name>
    <message>
        <source>RA Workstation — Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA Workstation — Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is locked. Sign in again to continue, or log out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from your authenticator (not needed by auditors)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol with the code an administrator gave you: choose your password and set up your authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are enrolled. Sign in with your new password and a code from your authenticator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::MainWindow</name>
    <message>
        <source>My work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RA Workstation — %1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;fficer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens an application. Drop a package folder here to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter or double-click opens an application (read-only for your role).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search reference, organization, domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About RA Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;RA Workstation %1&lt;/b&gt;&lt;p&gt;Registration authority workstation for OV TLS server certificates under the SECOM Passport for Web SR certificate policy.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSM: not activated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB: SQLite %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspectives: not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 local · %2 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The package %1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 as application %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;CA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activate CA key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deactivate CA key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HSM: activated by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate issued for application %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perspectives: %1/%2 online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every perspective answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reliable &amp;Data Sources…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;High-risk names…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::OrganizationPage</name>
    <message>
        <source>Legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DBA / tradename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not looked up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is verified yet: look the organization up by its corporate number. The application&apos;s values are claims.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not yet verified: no certificate can be approved until evidence confirms the organization&apos;s name and address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corporate number %1 (check digit ✔) · %2 · retrieved %3 by %4 · record updated %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The registry recorded a change of %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response SHA-256 %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) old)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired (limit %n day(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>✔ O=%1, ST=%2, L=%3, C=%4 — from evidence #%5, not from the application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ No evidence confirms both the name and the address: no certificate can be approved. Return the application for correction, or verify otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the registry for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence #%1 recorded: confirms %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The registry answered about this corporation for application #%1 on %2 (evidence #%3, confirms %4): %n day(s) old, reusable until %5.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the registry for “%1”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registry has no corporation whose name starts with “%1”. Search with the name as registered (in Japanese), or ask the applicant for the corporate number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n corporation(s) found: choose one, then look its number up.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ra::ui::SummaryPage</name>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mandatory check(s) passed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Every mandatory check has passed: the application can go to the supervisors&apos; approval queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission stays disabled until these mandatory checks pass: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is %1: submission is for its validating officer while it is in review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
