// SPDX-License-Identifier: Apache-2.0
#include "app/storage/Migrations.h"

namespace ra::app {

const QList<Migration>& migrations() {
    static const QList<Migration> all{
        {1,
         {
             QStringLiteral(R"(CREATE TABLE users (
                 id INTEGER PRIMARY KEY,
                 username TEXT NOT NULL UNIQUE,
                 display_name TEXT NOT NULL,
                 role TEXT NOT NULL CHECK (role IN ('officer', 'supervisor', 'auditor', 'administrator')),
                 key_custodian INTEGER NOT NULL DEFAULT 0,
                 disabled INTEGER NOT NULL DEFAULT 0,
                 failed_logins INTEGER NOT NULL DEFAULT 0,
                 locked_until TEXT,
                 password_hash TEXT NOT NULL,
                 totp_secret BLOB,
                 last_totp_step INTEGER NOT NULL DEFAULT 0,
                 created_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE applications (
                 id INTEGER PRIMARY KEY,
                 external_reference TEXT NOT NULL UNIQUE,
                 manifest_sha256 TEXT NOT NULL UNIQUE,
                 state TEXT NOT NULL,
                 org_legal_name TEXT NOT NULL,
                 org_dba TEXT NOT NULL DEFAULT '',
                 org_street TEXT NOT NULL,
                 org_locality TEXT NOT NULL,
                 org_state TEXT NOT NULL,
                 org_postal_code TEXT NOT NULL DEFAULT '',
                 org_country TEXT NOT NULL,
                 rep_name TEXT NOT NULL,
                 rep_title TEXT NOT NULL DEFAULT '',
                 rep_email TEXT NOT NULL,
                 rep_phone TEXT NOT NULL,
                 agreement_version TEXT NOT NULL,
                 agreement_accepted_at TEXT NOT NULL,
                 agreement_accepted_by TEXT NOT NULL,
                 csr_pem TEXT NOT NULL,
                 csr_summary TEXT NOT NULL,
                 assigned_officer_id INTEGER REFERENCES users(id),
                 validator_id INTEGER REFERENCES users(id),
                 high_risk INTEGER NOT NULL DEFAULT 0,
                 last_reason TEXT NOT NULL DEFAULT '',
                 received_at TEXT NOT NULL,
                 updated_at TEXT NOT NULL,
                 version INTEGER NOT NULL DEFAULT 1))"),
             QStringLiteral("CREATE INDEX applications_by_state ON applications (state, received_at)"),
             QStringLiteral("CREATE INDEX applications_by_officer ON applications (assigned_officer_id, received_at)"),
             QStringLiteral("CREATE INDEX applications_by_received ON applications (received_at)"),
             QStringLiteral(R"(CREATE TABLE application_fqdns (
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 position INTEGER NOT NULL,
                 fqdn TEXT NOT NULL,
                 PRIMARY KEY (application_id, position)))"),
             QStringLiteral("CREATE INDEX application_fqdns_by_name ON application_fqdns (fqdn)"),
             QStringLiteral(R"(CREATE TABLE documents (
                 id INTEGER PRIMARY KEY,
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 file_name TEXT NOT NULL,
                 kind TEXT NOT NULL,
                 description TEXT NOT NULL DEFAULT '',
                 sha256 TEXT NOT NULL,
                 size INTEGER NOT NULL,
                 media_type TEXT NOT NULL DEFAULT '',
                 added_by TEXT NOT NULL,
                 added_at TEXT NOT NULL,
                 replaces INTEGER REFERENCES documents(id)))"),
             QStringLiteral("CREATE INDEX documents_by_application ON documents (application_id)"),
             QStringLiteral(R"(CREATE TABLE checklist_items (
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 code TEXT NOT NULL,
                 status TEXT NOT NULL,
                 decided_by TEXT NOT NULL DEFAULT '',
                 decided_at TEXT,
                 note TEXT NOT NULL DEFAULT '',
                 PRIMARY KEY (application_id, code)))"),
             QStringLiteral(R"(CREATE TABLE approvals (
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 approver_id INTEGER NOT NULL REFERENCES users(id),
                 approved_at TEXT NOT NULL,
                 content_digest TEXT NOT NULL,
                 PRIMARY KEY (application_id, approver_id)))"),
             QStringLiteral(R"(CREATE TABLE audit_log (
                 seq INTEGER PRIMARY KEY,
                 time_utc TEXT NOT NULL,
                 actor TEXT NOT NULL,
                 workstation TEXT NOT NULL,
                 event_type TEXT NOT NULL,
                 application_id INTEGER NOT NULL DEFAULT 0,
                 certificate_serial TEXT NOT NULL DEFAULT '',
                 details TEXT NOT NULL,
                 prev_hash TEXT NOT NULL,
                 entry_hash TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX audit_log_by_time ON audit_log (time_utc)"),
             QStringLiteral("CREATE INDEX audit_log_by_actor ON audit_log (actor, seq)"),
             QStringLiteral("CREATE INDEX audit_log_by_event ON audit_log (event_type, seq)"),
             QStringLiteral("CREATE INDEX audit_log_by_application ON audit_log (application_id, seq)"),
             // R-AUD-2: the head of the chain lives apart from the entries, so deleting the newest
             // entries with a plain DELETE leaves a head that no longer matches.
             QStringLiteral(R"(CREATE TABLE audit_head (
                 id INTEGER PRIMARY KEY CHECK (id = 1),
                 seq INTEGER NOT NULL,
                 hash TEXT NOT NULL))"),
             QStringLiteral("INSERT INTO audit_head (id, seq, hash) VALUES (1, 0, '')"),
             // R-AUD-2, R-AUD-4: the application never rewrites or deletes history. These triggers
             // stop mistakes and casual tampering; the hash chain catches the rest.
             QStringLiteral("CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit log entries are append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log "
                            "BEGIN SELECT RAISE(ABORT, 'audit log entries are append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_head_kept BEFORE DELETE ON audit_head "
                            "BEGIN SELECT RAISE(ABORT, 'the audit head cannot be deleted'); END"),
             QStringLiteral("CREATE TRIGGER applications_retained BEFORE DELETE ON applications "
                            "BEGIN SELECT RAISE(ABORT, 'applications are retained (R-AUD-4)'); END"),
             QStringLiteral("CREATE TRIGGER documents_retained BEFORE DELETE ON documents "
                            "BEGIN SELECT RAISE(ABORT, 'documents are retained (R-AUD-4)'); END"),
             QStringLiteral("CREATE TRIGGER documents_immutable BEFORE UPDATE ON documents "
                            "BEGIN SELECT RAISE(ABORT, 'documents are never modified (R-DOC-1)'); END"),
         }},
        // 2: queue search by substring of reference, organization or name without a full scan
        // (DESIGN.md: filter < 100 ms on 100 000 applications). Trigram FTS5 is case-insensitive
        // and works for Japanese; queries shorter than three characters scan instead.
        {2,
         {
             QStringLiteral("CREATE VIRTUAL TABLE application_search USING fts5(text, tokenize = 'trigram')"),
             QStringLiteral(R"(INSERT INTO application_search (rowid, text)
                 SELECT a.id, a.external_reference || ' ' || a.org_legal_name || ' ' || a.org_dba || ' ' ||
                        COALESCE((SELECT group_concat(f.fqdn, ' ') FROM application_fqdns f
                                  WHERE f.application_id = a.id), '')
                 FROM applications a)"),
             QStringLiteral(R"(CREATE TRIGGER application_search_on_insert AFTER INSERT ON applications BEGIN
                 INSERT INTO application_search (rowid, text)
                 VALUES (new.id, new.external_reference || ' ' || new.org_legal_name || ' ' || new.org_dba);
             END)"),
             QStringLiteral(R"(CREATE TRIGGER application_search_on_name AFTER INSERT ON application_fqdns BEGIN
                 UPDATE application_search SET text = text || ' ' || new.fqdn WHERE rowid = new.application_id;
             END)"),
             QStringLiteral(R"(CREATE TRIGGER application_search_on_rename
                 AFTER UPDATE OF external_reference, org_legal_name, org_dba ON applications BEGIN
                 UPDATE application_search
                 SET text = new.external_reference || ' ' || new.org_legal_name || ' ' || new.org_dba || ' ' ||
                            COALESCE((SELECT group_concat(f.fqdn, ' ') FROM application_fqdns f
                                      WHERE f.application_id = new.id), '')
                 WHERE rowid = new.id;
             END)"),
         }},
        // 3: keys that must never be certified (R-CSR-3), and each application's key and name
        // check results as decided at intake (R-CSR-2..4).
        {3,
         {
             QStringLiteral(R"(CREATE TABLE key_blocklist (
                 kind TEXT NOT NULL CHECK (kind IN ('spki-sha256', 'debian')),
                 value TEXT NOT NULL,
                 source TEXT NOT NULL,
                 imported_by TEXT NOT NULL,
                 imported_at TEXT NOT NULL,
                 PRIMARY KEY (kind, value)))"),
             QStringLiteral("ALTER TABLE applications ADD COLUMN csr_checks TEXT NOT NULL DEFAULT '{}'"),
         }},
        // 4: the signing module (issue 4): approvers' keys and signed approvals (R-APR-2), the CA's
        // certificates and keys (R-HSM-1), certificates with their issuance state (R-ISS-3),
        // revocations and CRLs (R-REV-1, R-REV-5).
        {4,
         {
             QStringLiteral("ALTER TABLE users ADD COLUMN approval_public_key BLOB"),
             QStringLiteral("ALTER TABLE users ADD COLUMN approval_private_key BLOB"),
             QStringLiteral("ALTER TABLE approvals ADD COLUMN signature BLOB NOT NULL DEFAULT x''"),
             QStringLiteral(R"(CREATE TABLE ca_keys (
                 purpose TEXT PRIMARY KEY CHECK (purpose IN ('root', 'issuing', 'ocsp', 'audit')),
                 key_label TEXT NOT NULL,
                 public_key BLOB NOT NULL,
                 certificate BLOB,
                 created_at TEXT NOT NULL))"),
             QStringLiteral(R"(CREATE TABLE certificates (
                 serial TEXT PRIMARY KEY,
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 state TEXT NOT NULL CHECK (state IN ('candidate', 'issuing', 'issued', 'void')),
                 candidate BLOB NOT NULL,
                 tbs_sha256 TEXT NOT NULL,
                 not_before TEXT NOT NULL,
                 not_after TEXT NOT NULL,
                 precertificate BLOB,
                 certificate BLOB,
                 created_at TEXT NOT NULL,
                 issuing_at TEXT,
                 issued_at TEXT,
                 revoked_at TEXT,
                 revocation_reason INTEGER,
                 revoked_by TEXT))"),
             // R-ISS-3 in the schema: at most one certificate under way or issued per application.
             QStringLiteral("CREATE UNIQUE INDEX certificates_one_per_application ON certificates (application_id) "
                            "WHERE state IN ('issuing', 'issued')"),
             QStringLiteral("CREATE INDEX certificates_by_state ON certificates (state, revoked_at)"),
             QStringLiteral("CREATE TRIGGER certificates_retained BEFORE DELETE ON certificates "
                            "BEGIN SELECT RAISE(ABORT, 'certificates are retained'); END"),
             QStringLiteral("CREATE TRIGGER certificates_signed_once BEFORE UPDATE OF certificate, precertificate, "
                            "candidate, serial ON certificates WHEN (OLD.certificate IS NOT NULL AND "
                            "NEW.certificate IS NOT OLD.certificate) OR (OLD.precertificate IS NOT NULL AND "
                            "NEW.precertificate IS NOT OLD.precertificate) OR NEW.candidate IS NOT OLD.candidate "
                            "OR NEW.serial IS NOT OLD.serial "
                            "BEGIN SELECT RAISE(ABORT, 'a signed certificate never changes'); END"),
             QStringLiteral(R"(CREATE TABLE crls (
                 number INTEGER PRIMARY KEY,
                 this_update TEXT NOT NULL,
                 next_update TEXT NOT NULL,
                 entries INTEGER NOT NULL,
                 crl BLOB NOT NULL,
                 created_at TEXT NOT NULL))"),
         }},
        // 5: domain validation attempts and what each check observed (R-DCV-1, R-DCV-4).
        {5,
         {
             QStringLiteral(R"(CREATE TABLE dcv_attempts (
                 id INTEGER PRIMARY KEY,
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 fqdn TEXT NOT NULL,
                 authorization_domain TEXT NOT NULL,
                 label TEXT NOT NULL DEFAULT '',
                 method TEXT NOT NULL,
                 random_value TEXT NOT NULL UNIQUE,
                 created_at TEXT NOT NULL,
                 created_by TEXT NOT NULL,
                 status TEXT NOT NULL CHECK (status IN ('pending', 'passed', 'failed', 'expired')),
                 checked_at TEXT,
                 observed TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX dcv_attempts_by_application ON dcv_attempts (application_id, fqdn)"),
             QStringLiteral("CREATE TRIGGER dcv_attempts_retained BEFORE DELETE ON dcv_attempts "
                            "BEGIN SELECT RAISE(ABORT, 'validation evidence is retained'); END"),
         }},
        // 6: what every perspective observed (R-MPIC-1, R-DCV-4) and CAA checks kept as evidence
        // with their time and TTL (R-CAA-3); neither is ever changed or deleted.
        {6,
         {
             QStringLiteral("ALTER TABLE dcv_attempts ADD COLUMN corroboration TEXT NOT NULL DEFAULT ''"),
             QStringLiteral(R"(CREATE TABLE caa_checks (
                 id INTEGER PRIMARY KEY,
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 fqdn TEXT NOT NULL,
                 issuer_domain TEXT NOT NULL,
                 verdict TEXT NOT NULL CHECK (verdict IN ('allow', 'deny', 'error')),
                 relevant_name TEXT NOT NULL DEFAULT '',
                 records TEXT NOT NULL DEFAULT '',
                 dnssec TEXT NOT NULL,
                 ttl INTEGER NOT NULL,
                 reason TEXT NOT NULL,
                 corroborated INTEGER NOT NULL,
                 corroboration TEXT NOT NULL,
                 checked_at TEXT NOT NULL,
                 valid_until TEXT NOT NULL,
                 checked_by TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX caa_checks_by_application ON caa_checks (application_id, fqdn)"),
             QStringLiteral(R"(CREATE TABLE perspective_observations (
                 id INTEGER PRIMARY KEY,
                 dcv_attempt_id INTEGER REFERENCES dcv_attempts(id),
                 caa_check_id INTEGER REFERENCES caa_checks(id),
                 perspective TEXT NOT NULL,
                 region TEXT NOT NULL DEFAULT '',
                 rir TEXT NOT NULL DEFAULT '',
                 outcome TEXT NOT NULL CHECK (outcome IN ('primary', 'corroborates', 'differs', 'failed')),
                 report TEXT NOT NULL,
                 observed_at TEXT NOT NULL,
                 CHECK ((dcv_attempt_id IS NULL) <> (caa_check_id IS NULL))))"),
             QStringLiteral("CREATE INDEX observations_by_attempt ON perspective_observations (dcv_attempt_id)"),
             QStringLiteral("CREATE INDEX observations_by_caa_check ON perspective_observations (caa_check_id)"),
             QStringLiteral("CREATE TRIGGER caa_checks_retained BEFORE DELETE ON caa_checks "
                            "BEGIN SELECT RAISE(ABORT, 'CAA evidence is retained'); END"),
             QStringLiteral("CREATE TRIGGER caa_checks_unchanged BEFORE UPDATE ON caa_checks "
                            "BEGIN SELECT RAISE(ABORT, 'CAA evidence is never changed'); END"),
             QStringLiteral("CREATE TRIGGER observations_retained BEFORE DELETE ON perspective_observations "
                            "BEGIN SELECT RAISE(ABORT, 'validation evidence is retained'); END"),
             QStringLiteral("CREATE TRIGGER observations_unchanged BEFORE UPDATE ON perspective_observations "
                            "BEGIN SELECT RAISE(ABORT, 'validation evidence is never changed'); END"),
         }},
        // 7: the emails of the email methods, each with its own random value (R-DCV-1), and the
        // reply that confirmed one (R-DCV-2, R-DCV-4); kept, and a reply once recorded never changes.
        {7,
         {
             QStringLiteral(R"(CREATE TABLE dcv_emails (
                 id INTEGER PRIMARY KEY,
                 attempt_id INTEGER NOT NULL REFERENCES dcv_attempts(id),
                 address TEXT NOT NULL,
                 random_value TEXT NOT NULL UNIQUE,
                 created_at TEXT NOT NULL,
                 status TEXT NOT NULL CHECK (status IN ('planned', 'sent', 'failed', 'replied')),
                 sent_at TEXT,
                 message_id TEXT NOT NULL DEFAULT '',
                 detail TEXT NOT NULL DEFAULT '',
                 reply_from TEXT NOT NULL DEFAULT '',
                 reply_message_id TEXT NOT NULL DEFAULT '',
                 replied_at TEXT,
                 reply_sha256 TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX dcv_emails_by_attempt ON dcv_emails (attempt_id)"),
             QStringLiteral("CREATE TRIGGER dcv_emails_retained BEFORE DELETE ON dcv_emails "
                            "BEGIN SELECT RAISE(ABORT, 'validation evidence is retained'); END"),
             QStringLiteral("CREATE TRIGGER dcv_emails_reply_kept BEFORE UPDATE ON dcv_emails "
                            "WHEN OLD.status = 'replied' "
                            "BEGIN SELECT RAISE(ABORT, 'a recorded reply never changes'); END"),
         }},
        // 8: organization evidence (R-ORG-1..4): the approved Reliable Data Sources with their
        // evaluation (CP 3.2.2.7) and who approved them, and every piece of evidence an officer
        // recorded, with the registry's exact answer and its SHA-256. Evidence is never changed or
        // deleted; a source is withdrawn, never removed, so old evidence still names it.
        {8,
         {
             QStringLiteral(R"(CREATE TABLE reliable_data_sources (
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL UNIQUE,
                 kind TEXT NOT NULL CHECK (kind IN ('nta-corporate-number', 'other')),
                 provider TEXT NOT NULL,
                 url TEXT NOT NULL DEFAULT '',
                 purpose TEXT NOT NULL,
                 data_age TEXT NOT NULL,
                 update_frequency TEXT NOT NULL,
                 public_accessibility TEXT NOT NULL,
                 falsification_difficulty TEXT NOT NULL,
                 approved_by TEXT NOT NULL,
                 approved_at TEXT NOT NULL,
                 withdrawn_by TEXT NOT NULL DEFAULT '',
                 withdrawn_at TEXT))"),
             QStringLiteral("CREATE TRIGGER reliable_data_sources_retained BEFORE DELETE ON reliable_data_sources "
                            "BEGIN SELECT RAISE(ABORT, 'reliable data sources are retained (R-AUD-4)'); END"),
             QStringLiteral("CREATE TRIGGER reliable_data_sources_evaluation_kept BEFORE UPDATE ON "
                            "reliable_data_sources WHEN OLD.withdrawn_at IS NOT NULL OR NEW.name <> OLD.name OR "
                            "NEW.kind <> OLD.kind OR NEW.provider <> OLD.provider OR NEW.url <> OLD.url OR "
                            "NEW.purpose <> OLD.purpose OR NEW.data_age <> OLD.data_age OR "
                            "NEW.update_frequency <> OLD.update_frequency OR "
                            "NEW.public_accessibility <> OLD.public_accessibility OR "
                            "NEW.falsification_difficulty <> OLD.falsification_difficulty OR "
                            "NEW.approved_by <> OLD.approved_by OR NEW.approved_at <> OLD.approved_at "
                            "BEGIN SELECT RAISE(ABORT, 'an approved source is only ever withdrawn'); END"),
             QStringLiteral(R"(CREATE TABLE organization_evidence (
                 id INTEGER PRIMARY KEY,
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 source TEXT NOT NULL,
                 data_source_id INTEGER REFERENCES reliable_data_sources(id),
                 confirms TEXT NOT NULL,
                 corporate_number TEXT NOT NULL DEFAULT '',
                 reference TEXT NOT NULL,
                 verified_name TEXT NOT NULL DEFAULT '',
                 verified_state TEXT NOT NULL DEFAULT '',
                 verified_locality TEXT NOT NULL DEFAULT '',
                 verified_street TEXT NOT NULL DEFAULT '',
                 verified_country TEXT NOT NULL DEFAULT '',
                 verified_tradename TEXT NOT NULL DEFAULT '',
                 response BLOB,
                 response_sha256 TEXT NOT NULL DEFAULT '',
                 obtained_at TEXT NOT NULL,
                 recorded_by TEXT NOT NULL,
                 recorded_at TEXT NOT NULL,
                 note TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("CREATE INDEX organization_evidence_by_application ON organization_evidence "
                            "(application_id, id)"),
             QStringLiteral("CREATE INDEX organization_evidence_by_number ON organization_evidence "
                            "(corporate_number, obtained_at)"),
             QStringLiteral("CREATE TRIGGER organization_evidence_retained BEFORE DELETE ON organization_evidence "
                            "BEGIN SELECT RAISE(ABORT, 'evidence is retained (R-AUD-4)'); END"),
             QStringLiteral("CREATE TRIGGER organization_evidence_unchanged BEFORE UPDATE ON organization_evidence "
                            "BEGIN SELECT RAISE(ABORT, 'evidence never changes once recorded'); END"),
         }},
        // 9: high-risk matching (R-IN-3, R-IN-4): the administrators' high-risk names with their
        // confusable skeletons, every requested name with its registrable domain and the skeleton of
        // its registrable label, each application's key digest, and rejections for suspected fraud.
        {9,
         {
             QStringLiteral(R"(CREATE TABLE high_risk_names (
                 id INTEGER PRIMARY KEY,
                 name TEXT NOT NULL,
                 skeleton TEXT NOT NULL,
                 reason TEXT NOT NULL,
                 added_by TEXT NOT NULL,
                 added_at TEXT NOT NULL,
                 removed_by TEXT NOT NULL DEFAULT '',
                 removed_at TEXT))"),
             QStringLiteral("CREATE TRIGGER high_risk_names_retained BEFORE DELETE ON high_risk_names "
                            "BEGIN SELECT RAISE(ABORT, 'high-risk names are removed, never deleted'); END"),
             QStringLiteral(R"(CREATE TABLE application_names (
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 fqdn TEXT NOT NULL,
                 registrable_domain TEXT NOT NULL,
                 skeleton TEXT NOT NULL,
                 PRIMARY KEY (application_id, fqdn)))"),
             QStringLiteral("CREATE INDEX application_names_by_fqdn ON application_names (fqdn)"),
             QStringLiteral("CREATE INDEX application_names_by_registrable ON application_names (registrable_domain)"),
             QStringLiteral("CREATE INDEX application_names_by_skeleton ON application_names (skeleton)"),
             QStringLiteral("ALTER TABLE applications ADD COLUMN spki_sha256 TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE INDEX applications_by_spki ON applications (spki_sha256)"),
             QStringLiteral("ALTER TABLE applications ADD COLUMN rejected_for_fraud INTEGER NOT NULL DEFAULT 0"),
         }},
        // 10: the representative's authority (R-ORG-5): every call-back as recorded, with the
        // number or address used and the approved source it was taken from. Never changed or deleted.
        {10,
         {
             QStringLiteral(R"(CREATE TABLE authority_callbacks (
                 id INTEGER PRIMARY KEY,
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 channel TEXT NOT NULL CHECK (channel IN ('telephone', 'email', 'postal')),
                 contact TEXT NOT NULL,
                 data_source_id INTEGER NOT NULL REFERENCES reliable_data_sources(id),
                 source_reference TEXT NOT NULL,
                 person_reached TEXT NOT NULL,
                 person_title TEXT NOT NULL DEFAULT '',
                 reached_at TEXT NOT NULL,
                 outcome TEXT NOT NULL CHECK (outcome IN ('confirmed', 'denied', 'not-reached')),
                 note TEXT NOT NULL DEFAULT '',
                 recorded_by TEXT NOT NULL,
                 recorded_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX authority_callbacks_by_application ON authority_callbacks "
                            "(application_id, id)"),
             QStringLiteral("CREATE TRIGGER authority_callbacks_retained BEFORE DELETE ON authority_callbacks "
                            "BEGIN SELECT RAISE(ABORT, 'evidence is retained (R-AUD-4)'); END"),
             QStringLiteral("CREATE TRIGGER authority_callbacks_unchanged BEFORE UPDATE ON authority_callbacks "
                            "BEGIN SELECT RAISE(ABORT, 'evidence never changes once recorded'); END"),
         }},
        // 11: document inspections (R-DOC-1): each officer's alteration/falsification inspection of
        // one version of a document, with the hash of the bytes inspected. A version is replaced
        // at most once, so its history is a line, not a tree.
        {11,
         {
             QStringLiteral(R"(CREATE TABLE document_inspections (
                 id INTEGER PRIMARY KEY,
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 document_id INTEGER NOT NULL REFERENCES documents(id),
                 document_sha256 TEXT NOT NULL,
                 confirmed TEXT NOT NULL,
                 passed INTEGER NOT NULL CHECK (passed IN (0, 1)),
                 finding TEXT NOT NULL DEFAULT '',
                 inspected_by TEXT NOT NULL,
                 inspected_at TEXT NOT NULL))"),
             QStringLiteral("CREATE INDEX document_inspections_by_application ON document_inspections "
                            "(application_id, id)"),
             QStringLiteral("CREATE TRIGGER document_inspections_retained BEFORE DELETE ON document_inspections "
                            "BEGIN SELECT RAISE(ABORT, 'evidence is retained (R-AUD-4)'); END"),
             QStringLiteral("CREATE TRIGGER document_inspections_unchanged BEFORE UPDATE ON document_inspections "
                            "BEGIN SELECT RAISE(ABORT, 'evidence never changes once recorded'); END"),
             QStringLiteral("CREATE UNIQUE INDEX documents_replaced_once ON documents (replaces) "
                            "WHERE replaces IS NOT NULL"),
         }},
        // 12: the documents organization evidence an officer entered relies on (R-ORG-1..3), kept
        // like the evidence; a document cited by evidence or inspected belongs to the same
        // application, held by the database too, not only by the services.
        {12,
         {
             QStringLiteral(R"(CREATE TABLE organization_evidence_documents (
                 evidence_id INTEGER NOT NULL REFERENCES organization_evidence(id),
                 document_id INTEGER NOT NULL REFERENCES documents(id),
                 PRIMARY KEY (evidence_id, document_id)))"),
             QStringLiteral("CREATE TRIGGER organization_evidence_documents_retained BEFORE DELETE ON "
                            "organization_evidence_documents "
                            "BEGIN SELECT RAISE(ABORT, 'evidence is retained (R-AUD-4)'); END"),
             QStringLiteral("CREATE TRIGGER organization_evidence_documents_unchanged BEFORE UPDATE ON "
                            "organization_evidence_documents "
                            "BEGIN SELECT RAISE(ABORT, 'evidence never changes once recorded'); END"),
             QStringLiteral("CREATE TRIGGER organization_evidence_documents_same_application BEFORE INSERT ON "
                            "organization_evidence_documents WHEN (SELECT application_id FROM documents WHERE id = "
                            "new.document_id) IS NOT (SELECT application_id FROM organization_evidence WHERE id = "
                            "new.evidence_id) BEGIN SELECT RAISE(ABORT, 'a document of another application'); END"),
             QStringLiteral("CREATE TRIGGER document_inspections_same_application BEFORE INSERT ON "
                            "document_inspections WHEN (SELECT application_id FROM documents WHERE id = "
                            "new.document_id) IS NOT new.application_id "
                            "BEGIN SELECT RAISE(ABORT, 'a document of another application'); END"),
         }},
        // 13: why an administrator took a name off the high-risk list (R-IN-4), kept with the name.
        {13,
         {
             QStringLiteral("ALTER TABLE high_risk_names ADD COLUMN removal_reason TEXT NOT NULL DEFAULT ''"),
         }},
        // 14: an email method's value voided by a bounce, an automatic answer or another sender
        // never comes back (R-DCV-2). A column of its own: SQLite cannot widen migration 7's CHECK
        // on status, so a voided row keeps 'sent'.
        {14,
         {
             QStringLiteral("ALTER TABLE dcv_emails ADD COLUMN void_reason TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("CREATE TRIGGER dcv_emails_void_kept BEFORE UPDATE ON dcv_emails "
                            "WHEN OLD.void_reason <> '' AND (NEW.void_reason IS NOT OLD.void_reason OR NEW.status "
                            "IS NOT OLD.status OR NEW.reply_from IS NOT OLD.reply_from) "
                            "BEGIN SELECT RAISE(ABORT, 'a voided value stays void'); END"),
         }},
        // 15: an approver key is trusted by the signing module only with the HSM audit key's
        // certification over it (R-APR-2), not because it is in this table.
        {15,
         {
             QStringLiteral("ALTER TABLE users ADD COLUMN approval_key_certification BLOB"),
             QStringLiteral("ALTER TABLE users ADD COLUMN approval_key_certified_at TEXT"),
         }},
        // 16: checkpoints of the audit chain signed by the HSM's audit key (R-AUD-2), kept as they were made.
        {16,
         {
             QStringLiteral(R"(CREATE TABLE audit_checkpoints (
                 id INTEGER PRIMARY KEY,
                 seq INTEGER NOT NULL,
                 time_utc TEXT NOT NULL,
                 head_hash TEXT NOT NULL,
                 signature BLOB NOT NULL,
                 reason TEXT NOT NULL))"),
             QStringLiteral("CREATE TRIGGER audit_checkpoints_append_only_update BEFORE UPDATE ON audit_checkpoints "
                            "BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END"),
             QStringLiteral("CREATE TRIGGER audit_checkpoints_append_only_delete BEFORE DELETE ON audit_checkpoints "
                            "BEGIN SELECT RAISE(ABORT, 'audit checkpoints are append-only'); END"),
         }},
        // 17: accounts enrolled by their holders (R-ROLE-4): the administrator who creates one
        // hands over a one-time code, never a password or second factor; a grant that approves,
        // holds a PIN share or administers waits for a second administrator, whose half of the
        // code the holder needs as well (R-ROLE-1). Existing accounts are enrolled and confirmed.
        {17,
         {
             QStringLiteral("ALTER TABLE users ADD COLUMN created_by TEXT NOT NULL DEFAULT ''"),
             QStringLiteral("ALTER TABLE users ADD COLUMN enrolment_code_hash TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN confirmation_code_hash TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN enrolment_expires_at TEXT"),
             QStringLiteral("ALTER TABLE users ADD COLUMN awaiting_confirmation INTEGER NOT NULL DEFAULT 0"),
         }},
        // 18: TOTP seeds sealed under the workspace's secrets.key (issue 12 item 8); a seed whose
        // flag is 0 predates it and is sealed once, when the key is made.
        {18,
         {
             QStringLiteral("ALTER TABLE users ADD COLUMN totp_sealed INTEGER NOT NULL DEFAULT 0"),
         }},
        // 19: checklist decisions and approvals are appended, never overwritten or deleted
        // (R-AUD-4, issue 12 item 11). The current checklist is each item's latest decision; the
        // current approvals are those of the application's approval round, which a send-back or
        // a changed certificate ends by starting the next one, so a voided approval stays on record
        // and no edit of the round can bring it back.
        {19,
         {
             QStringLiteral(R"(CREATE TABLE checklist_decisions (
                 id INTEGER PRIMARY KEY,
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 code TEXT NOT NULL,
                 status TEXT NOT NULL,
                 decided_by TEXT NOT NULL DEFAULT '',
                 decided_at TEXT,
                 note TEXT NOT NULL DEFAULT ''))"),
             QStringLiteral("INSERT INTO checklist_decisions (application_id, code, status, decided_by, decided_at, "
                            "note) SELECT application_id, code, status, decided_by, decided_at, note "
                            "FROM checklist_items ORDER BY application_id, code"),
             QStringLiteral("DROP TABLE checklist_items"),
             QStringLiteral(
                 "CREATE INDEX checklist_decisions_by_item ON checklist_decisions (application_id, code, id)"),
             QStringLiteral(R"(CREATE VIEW checklist_items AS
                 SELECT application_id, code, status, decided_by, decided_at, note FROM checklist_decisions AS d
                 WHERE id = (SELECT MAX(id) FROM checklist_decisions
                             WHERE application_id = d.application_id AND code = d.code))"),
             QStringLiteral("CREATE TRIGGER checklist_decisions_unchanged BEFORE UPDATE ON checklist_decisions "
                            "BEGIN SELECT RAISE(ABORT, 'checklist decisions are never changed'); END"),
             QStringLiteral("CREATE TRIGGER checklist_decisions_retained BEFORE DELETE ON checklist_decisions "
                            "BEGIN SELECT RAISE(ABORT, 'checklist decisions are retained'); END"),
             QStringLiteral("ALTER TABLE applications ADD COLUMN approval_round INTEGER NOT NULL DEFAULT 0"),
             QStringLiteral(R"(CREATE TABLE approval_records (
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 round INTEGER NOT NULL,
                 approver_id INTEGER NOT NULL REFERENCES users(id),
                 approved_at TEXT NOT NULL,
                 content_digest TEXT NOT NULL,
                 signature BLOB NOT NULL DEFAULT x'',
                 PRIMARY KEY (application_id, round, approver_id)))"),
             QStringLiteral("INSERT INTO approval_records (application_id, round, approver_id, approved_at, "
                            "content_digest, signature) SELECT application_id, 0, approver_id, approved_at, "
                            "content_digest, signature FROM approvals"),
             QStringLiteral("DROP TABLE approvals"),
             QStringLiteral(R"(CREATE VIEW approvals AS
                 SELECT r.application_id, r.approver_id, r.approved_at, r.content_digest, r.signature
                 FROM approval_records AS r JOIN applications AS a
                     ON a.id = r.application_id AND r.round = a.approval_round)"),
             QStringLiteral("CREATE TRIGGER approval_records_unchanged BEFORE UPDATE ON approval_records "
                            "BEGIN SELECT RAISE(ABORT, 'approvals are never changed'); END"),
             QStringLiteral("CREATE TRIGGER approval_records_retained BEFORE DELETE ON approval_records "
                            "BEGIN SELECT RAISE(ABORT, 'approvals are retained'); END"),
             QStringLiteral("CREATE TRIGGER approval_records_in_current_round BEFORE INSERT ON approval_records "
                            "WHEN NEW.round <> (SELECT approval_round FROM applications WHERE id = NEW.application_id) "
                            "BEGIN SELECT RAISE(ABORT, 'an approval belongs to the current round'); END"),
             QStringLiteral("CREATE TRIGGER approval_round_only_advances BEFORE UPDATE OF approval_round ON "
                            "applications WHEN NEW.approval_round < OLD.approval_round "
                            "BEGIN SELECT RAISE(ABORT, 'a voided approval stays void'); END"),
         }},
        // 20: the two sealed tables keyed by a composite key get an INTEGER PRIMARY KEY, their rowid
        // as it stands: a record seal names its row by rowid (RecordSeals), and VACUUM may renumber
        // the rowids of a table without one, which would leave honest rows unmatched.
        {20,
         {
             QStringLiteral("DROP VIEW approvals"),
             QStringLiteral(R"(CREATE TABLE approval_records_keyed (
                 id INTEGER PRIMARY KEY,
                 application_id INTEGER NOT NULL REFERENCES applications(id),
                 round INTEGER NOT NULL,
                 approver_id INTEGER NOT NULL REFERENCES users(id),
                 approved_at TEXT NOT NULL,
                 content_digest TEXT NOT NULL,
                 signature BLOB NOT NULL DEFAULT x'',
                 UNIQUE (application_id, round, approver_id)))"),
             QStringLiteral("INSERT INTO approval_records_keyed (id, application_id, round, approver_id, approved_at, "
                            "content_digest, signature) SELECT rowid, application_id, round, approver_id, "
                            "approved_at, content_digest, signature FROM approval_records"),
             QStringLiteral("DROP TABLE approval_records"),
             QStringLiteral("ALTER TABLE approval_records_keyed RENAME TO approval_records"),
             QStringLiteral(R"(CREATE VIEW approvals AS
                 SELECT r.application_id, r.approver_id, r.approved_at, r.content_digest, r.signature
                 FROM approval_records AS r JOIN applications AS a
                     ON a.id = r.application_id AND r.round = a.approval_round)"),
             QStringLiteral("CREATE TRIGGER approval_records_unchanged BEFORE UPDATE ON approval_records "
                            "BEGIN SELECT RAISE(ABORT, 'approvals are never changed'); END"),
             QStringLiteral("CREATE TRIGGER approval_records_retained BEFORE DELETE ON approval_records "
                            "BEGIN SELECT RAISE(ABORT, 'approvals are retained'); END"),
             QStringLiteral("CREATE TRIGGER approval_records_in_current_round BEFORE INSERT ON approval_records "
                            "WHEN NEW.round <> (SELECT approval_round FROM applications WHERE id = NEW.application_id) "
                            "BEGIN SELECT RAISE(ABORT, 'an approval belongs to the current round'); END"),
             QStringLiteral(R"(CREATE TABLE organization_evidence_documents_keyed (
                 id INTEGER PRIMARY KEY,
                 evidence_id INTEGER NOT NULL REFERENCES organization_evidence(id),
                 document_id INTEGER NOT NULL REFERENCES documents(id),
                 UNIQUE (evidence_id, document_id)))"),
             QStringLiteral("INSERT INTO organization_evidence_documents_keyed (id, evidence_id, document_id) "
                            "SELECT rowid, evidence_id, document_id FROM organization_evidence_documents"),
             QStringLiteral("DROP TABLE organization_evidence_documents"),
             QStringLiteral("ALTER TABLE organization_evidence_documents_keyed RENAME TO "
                            "organization_evidence_documents"),
             QStringLiteral("CREATE TRIGGER organization_evidence_documents_retained BEFORE DELETE ON "
                            "organization_evidence_documents "
                            "BEGIN SELECT RAISE(ABORT, 'evidence is retained (R-AUD-4)'); END"),
             QStringLiteral("CREATE TRIGGER organization_evidence_documents_unchanged BEFORE UPDATE ON "
                            "organization_evidence_documents "
                            "BEGIN SELECT RAISE(ABORT, 'evidence never changes once recorded'); END"),
             QStringLiteral("CREATE TRIGGER organization_evidence_documents_same_application BEFORE INSERT ON "
                            "organization_evidence_documents WHEN (SELECT application_id FROM documents WHERE id = "
                            "new.document_id) IS NOT (SELECT application_id FROM organization_evidence WHERE id = "
                            "new.evidence_id) BEGIN SELECT RAISE(ABORT, 'a document of another application'); END"),
         }},
    };
    return all;
}

} // namespace ra::app
