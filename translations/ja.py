# SPDX-License-Identifier: Apache-2.0
# Japanese texts by English source string, applied to ra_workstation_ja.ts by fill_ja.py.
JA = {
"  [disabled]": "  [無効]",
"  [key custodian]": "  [鍵管理者]",
"%1  %2  %3  %4": "%1  %2  %3  %4",
"%1  %2  %3": "%1  %2  %3",
"%1 → %2": "%1 → %2",
"%1: %2": "%1: %2",
"Imported %1 (CSR %2, %n document(s))": "%1 を取り込み（CSR %2、書類 %n 件）",
"%1 UTC · No. %2 · %3\n%4": "UTC %1 · 番号 %2 · %3\n%4",
"%1 %2 (%3 bits)": "%1 %2（%3 ビット）",
"%1 %2 bits": "%1 %2 ビット",
"%1 (%2)": "%1（%2）",
"%1 (if applicable)": "%1（該当する場合）",
"%1 already holds a workspace.": "%1 には既にワークスペースがあります。",
"%1 by %2": "%1（%2）",
"%1 cannot be read.": "%1 を読み込めません。",
"%1 cannot be written.": "%1 に書き込めません。",
"%1 d %2 h": "%1日 %2時間",
"%1 entries written to %2.": "%1 件を %2 に書き出しました。",
"%1 h %2 min": "%1時間 %2分",
"%1 is %2 bytes; the limit is %3 bytes.": "%1 は %2 バイトです。上限は %3 バイトです。",
"%1 is not a workspace. Create one with: ra-cli workspace init %1": "%1 はワークスペースではありません。次のコマンドで作成してください: ra-cli workspace init %1",
"%1 is not installed (Debian package softhsm2 / opensc).": "%1 がインストールされていません（Debian パッケージ softhsm2 / opensc）。",
"%1 is not valid JSON: %2 at byte %3.": "%1 は正しい JSON ではありません: %3 バイト目で %2。",
"%1 local · %2 UTC": "現地 %1 · UTC %2",
"%1 · %2": "%1 · %2",
"%1 — %2": "%1 — %2",
"%n application(s)": "申請 %n 件",
"%n entries": "%n 件",
"%n entries exported to %1.": "%n 件を %1 に書き出しました。",
"%n mandatory check(s) have not passed yet.": "必須チェックのうち %n 件がまだ合格していません。",
"&About": "このアプリについて(&A)",
"&Export…": "書き出し(&E)…",
"&File": "ファイル(&F)",
"&Filter": "絞り込み(&F)",
"&Help": "ヘルプ(&H)",
"&Import package…": "パッケージを取り込む(&I)…",
"&Language": "言語(&L)",
"&Lock": "ロック(&L)",
"&Open application": "申請を開く(&O)",
"&Password": "パスワード(&P)",
"&Quit": "終了(&Q)",
"&Refresh": "再読み込み(&R)",
"&Search the queue": "キューを検索(&S)",
"&State": "状態(&S)",
"&User name": "ユーザー名(&U)",
"&Verify chain": "チェーンを検証(&V)",
"&View": "表示(&V)",
"(all)": "（すべて）",
"--at takes a date such as 2026-12-01 or 2026-12-01T09:00:00Z.": "--at には 2026-12-01 や 2026-12-01T09:00:00Z のような日時を指定してください。",
"--role must be officer, supervisor, auditor or administrator.": "--role には officer、supervisor、auditor、administrator のいずれかを指定してください。",
"6 digits from your authenticator (not needed by auditors)": "認証アプリの6桁の数字（監査人は不要）",
"<b>%1</b> · %2 · state: <b>%3</b>": "<b>%1</b> · %2 · 状態: <b>%3</b>",
"<b>Checklist</b>": "<b>チェックリスト</b>",
"<b>Every check of every step</b>": "<b>全ステップの全チェック</b>",
"<b>RA Workstation %1</b><p>Registration authority workstation for OV TLS server certificates under the SECOM Passport for Web SR certificate policy.</p>": "<b>RA ワークステーション %1</b><p>SECOM Passport for Web SR 証明書ポリシーに基づく OV TLS サーバー証明書のための登録局ワークステーションです。</p>",
"<h3>%1</h3><p><b>%2</b> · %3</p><p>%4</p><p><i>%5</i></p>": "<h3>%1</h3><p><b>%2</b> · %3</p><p>%4</p><p><i>%5</i></p>",
"<p>Select a checklist item to see the rule it enforces and the evidence it needs.</p>": "<p>チェックリストの項目を選ぶと、その規則と必要な証跡が表示されます。</p>",
"A DBA or tradename, when present, is verified by one of the sources of CP 3.2.2.2.": "屋号・商号がある場合は、CP 3.2.2.2 のいずれかの情報源で確認する。",
"A base32 TOTP secret.": "base32 形式の TOTP シークレット。",
"A document could not be stored in the workspace.": "書類をワークスペースに保存できませんでした。",
"A password needs at least %1 characters.": "パスワードは %1 文字以上必要です。",
"A reason is required for this action.": "この操作には理由が必要です。",
"A user name is 2 to 32 lower-case letters, digits, '.', '_' or '-', starting with a letter.": "ユーザー名は英小文字で始まる2〜32文字の英小文字・数字・「.」「_」「-」です。",
"A user with this name exists already.": "この名前のユーザーは既に存在します。",
"A&ge": "経過(&G)",
"About RA Workstation": "RA ワークステーションについて",
"Accepted": "同意日時",
"Accepted by": "同意者",
"Act as if today were DATE (ISO 8601).": "今日を DATE（ISO 8601）として動作する。",
"Actor": "実行者",
"Add its administrator: ra-cli --workspace %1 user add NAME --role administrator": "管理者を追加してください: ra-cli --workspace %1 user add NAME --role administrator",
"Added": "追加",
"Address is a place of business": "所在地が事業所であることを確認",
"Administrator": "システム管理者",
"Age": "経過",
"All applications": "すべての申請",
"An administrator cannot change their own role.": "管理者は自分自身のロールを変更できません。",
"Another officer has taken this application for review.": "この申請は別の審査担当者が審査中です。",
"Any age": "経過: すべて",
"Any officer": "担当者: すべて",
"Any state": "状態: すべて",
"Applicant & CSR": "申請者と CSR",
"Applicant representative (contact details from the application are not a verified source for the call-back)": "申請責任者（申請書の連絡先はコールバック用の確認済み情報源ではありません）",
"Application": "申請",
"Application \"%1\" has been imported already.": "申請「%1」は既に取り込まれています。",
"Application %1 is now %2.": "申請 %1 は「%2」になりました。",
"Application %1 — %2 — %3": "申請 %1 — %2 — %3",
"Approval must cover the exact certificate content.": "承認は発行する証明書の内容そのものに対して行う必要があります。",
"Approval needs your second factor entered at the moment of approval.": "承認には、承認時点で入力した第二要素が必要です。",
"Approvals": "承認待ち",
"Approve": "承認",
"Approved": "承認済み",
"At least one FQDN requested": "FQDN が1つ以上申請されている",
"Audit log": "監査ログ",
"Auditor": "監査人",
"Authenticate as USER (secrets from the terminal or stdin).": "USER として認証する（秘密情報は端末または標準入力から）。",
"Authority": "権限確認",
"BASE32": "BASE32",
"CAA": "CAA",
"CAA permits issuance for every FQDN": "すべての FQDN で CAA が発行を許可している",
"CSR is a readable PKCS#10 request": "CSR が読み取り可能な PKCS#10 要求である",
"CSR signature verifies (proof of possession)": "CSR の署名が検証できる（秘密鍵の所持証明）",
"Certificate preview passes the linter": "証明書プレビューがリンターに合格する",
"Certificate signing request": "証明書署名要求（CSR）",
"Chain not verified in this session.": "このセッションではまだチェーンを検証していません。",
"Check": "チェック",
"Check CAA records per RFC 8659 for every dNSName; issue within max(TTL, 8 hours) of the check.": "すべての dNSName について RFC 8659 に従い CAA レコードを確認し、確認から max(TTL, 8時間) 以内に発行する。",
"Choose an application package folder": "申請パッケージのフォルダを選択",
"Confirm the representative's authority by a Reliable Method of Communication, such as a call-back to a number from a verified source.": "確認済みの情報源から得た番号へのコールバックなど、信頼できる通信手段で申請責任者の権限を確認する。",
"Corroborate domain validation and CAA from remote Network Perspectives meeting the quorum of table 3.2.2.9-1.": "表 3.2.2.9-1 のクォーラムを満たすリモートのネットワークパースペクティブで、ドメイン認証と CAA を裏付ける。",
"Country": "国",
"Country verified": "国を確認",
"DATE": "日時",
"DB: SQLite %1": "DB: SQLite %1",
"DBA / tradename": "屋号・商号",
"DBA / tradename verified": "屋号・商号を確認",
"DIR": "フォルダ",
"Decided by": "判定者",
"Decided by the workstation's own checks.": "ワークステーション自身のチェックで判定します。",
"Demo users, passwords and TOTP secrets: %1": "デモユーザー、パスワード、TOTP シークレット: %1",
"Description": "説明",
"Details": "詳細",
"Documents": "書類",
"Documents attached with their SHA-256": "書類が SHA-256 付きで添付されている",
"Documents inspected for alteration": "書類の改ざん有無を確認",
"Domain control validated for every FQDN": "すべての FQDN のドメイン管理権を確認",
"Domains": "ドメイン",
"Each application is matched against previously revoked certificates and rejected requests; matches are high risk.": "各申請を過去の失効証明書および却下された申請と照合し、一致したものは高リスクとする。",
"Each document is inspected for alteration or falsification and the result recorded.": "各書類について改ざん・偽造の有無を確認し、結果を記録する。",
"Email": "メール",
"Enter or double-click opens an application (read-only for your role).": "Enter キーまたはダブルクリックで申請を開きます（あなたのロールでは閲覧のみ）。",
"Enter or double-click opens an application. Drop a package folder here to import it.": "Enter キーまたはダブルクリックで申請を開きます。パッケージのフォルダをここにドロップすると取り込みます。",
"Entries %1 to %2 are missing: the newest entries were deleted.": "記録 %1〜%2 がありません: 最新の記録が削除されています。",
"Entries %1 to %2 are missing: they were deleted.": "記録 %1〜%2 がありません: 削除されています。",
"Entry %1 and later were added outside the application.": "記録 %1 以降はアプリケーションの外で追加されたものです。",
"Entry %1 appears twice.": "記録 %1 が重複しています。",
"Entry %1 does not follow from entry %2: an entry was inserted or replaced here.": "記録 %1 は記録 %2 に続いていません: ここで記録が挿入または置換されています。",
"Entry %1 was altered: its content no longer matches its hash.": "記録 %1 は改ざんされています: 内容がハッシュと一致しません。",
"Entry %1 was replaced: it does not match the recorded head of the chain.": "記録 %1 は置換されています: 記録されたチェーンの先頭と一致しません。",
"Error: ": "エラー: ",
"Event": "イベント",
"Every document relied upon is attached and stored with its SHA-256, who added it and when.": "根拠とするすべての書類を、SHA-256、追加者、追加日時とともに添付・保存する。",
"Every name is an FQDN of LDH or P-labels under a public suffix: no wildcard, IP address, .onion, Internal Name or Reserved IP.": "すべての名前はパブリックサフィックス配下の LDH ラベルまたは P ラベルからなる FQDN であること。ワイルドカード、IP アドレス、.onion、内部名、予約 IP は不可。",
"Export failed": "書き出しに失敗しました",
"Export the audit log": "監査ログを書き出す",
"FAILED at entry %1: %2": "記録 %1 で不合格: %2",
"FILE": "ファイル",
"FQDN": "FQDN",
"Failed": "不合格",
"Field \"%1\" names \"%2\", which is not a path inside the package.": "項目「%1」の「%2」はパッケージ内のパスではありません。",
"Field \"%1\" names \"%2\", which leads outside the package.": "項目「%1」の「%2」はパッケージの外を指しています。",
"Field \"%1\": %2": "項目「%1」: %2",
"File": "ファイル",
"From": "開始",
"HSM: not activated": "HSM: 未活性化",
"High": "高",
"ID": "ID",
"Import refused": "取り込みを拒否しました",
"Imported %1 as application %2.": "%1 を申請 %2 として取り込みました。",
"In review": "審査中",
"Issued": "発行済み",
"Key SHA-256 (SPKI)": "鍵の SHA-256（SPKI）",
"Key is not weak or compromised": "鍵が脆弱でも危殆化してもいない",
"Key type, size and parameters allowed": "鍵の種類・長さ・パラメータが許容範囲",
"Kind": "種類",
"Last reason given: %1": "直近の理由: %1",
"Legal name": "正式名称",
"Locality": "市区町村",
"Log &out": "ログアウト(&O)",
"Log out": "ログアウト",
"Machine-readable output on stdout.": "機械可読な出力を標準出力に出す。",
"Main": "メイン",
"Mark issued": "発行済みにする",
"Method": "方式",
"My work": "担当中の申請",
"NAME": "名前",
"Name": "氏名",
"New TOTP secret for %1: %2": "%1 の新しい TOTP シークレット: %2",
"New applications": "新着の申請",
"New password for %1": "%1 の新しいパスワード",
"No application package at %1 (a folder with %2 is expected).": "%1 に申請パッケージがありません（%2 を含むフォルダが必要です）。",
"No application proceeds without an executed Subscriber Agreement or Terms of Use: version, acceptance time and who accepted.": "締結済みの利用者契約または利用規約（版、同意日時、同意者）がない申請は進められない。",
"No application with number %1.": "番号 %1 の申請はありません。",
"No command given.": "コマンドが指定されていません。",
"No documents were attached to this application.": "この申請には書類が添付されていません。",
"No match in revoked or rejected records": "失効・却下の記録と一致しない",
"No preview for %1.": "%1 はプレビューできません。",
"No such user.": "そのユーザーは存在しません。",
"No.": "番号",
"Not applicable": "対象外",
"Not run yet": "未実施",
"Note": "メモ",
"O&fficer": "担当者(&F)",
"OK: %1": "OK: %1",
"Officer": "担当者",
"Older than 1 day": "1日以上",
"Older than 3 days": "3日以上",
"Older than 7 days": "7日以上",
"One-time &code": "ワンタイムコード(&C)",
"One-time code for %1": "%1 のワンタイムコード",
"Only RA officers and supervisors may be Key Custodians.": "鍵管理者になれるのは RA 審査担当者と責任者だけです。",
"Only a supervisor may approve an application.": "申請を承認できるのは責任者だけです。",
"Only a supervisor may send an application back.": "申請を差し戻せるのは責任者だけです。",
"Only an RA officer may import applications.": "申請を取り込めるのは RA 審査担当者だけです。",
"Only an RA officer may record a resubmission.": "再提出を記録できるのは RA 審査担当者だけです。",
"Only an RA officer may validate an application.": "申請を審査できるのは RA 審査担当者だけです。",
"Only an administrator may add users. The first user of a workspace is its administrator.": "ユーザーを追加できるのは管理者だけです。ワークスペースの最初のユーザーは管理者です。",
"Only an administrator may manage users.": "ユーザーを管理できるのは管理者だけです。",
"Only applications in this state.": "この状態の申請のみ。",
"Organization": "組織",
"Organization as stated in the application (to be verified)": "申請書に記載された組織（要確認）",
"Organization identity verified": "組織の実在性を確認",
"Other SAN entries": "その他の SAN",
"Output file.": "出力ファイル。",
"Package format version %1 is not supported; this workstation reads version %2.": "パッケージ形式のバージョン %1 には対応していません。このワークステーションが読めるのはバージョン %2 です。",
"Passed": "合格",
"Password for %1": "%1 のパスワード",
"Pending": "未了",
"Perspectives": "パースペクティブ",
"Perspectives: not configured": "パースペクティブ: 未設定",
"Phone": "電話",
"Postal code": "郵便番号",
"Public key": "公開鍵",
"Quit": "終了",
"RA Officer": "RA 審査担当者",
"RA Workstation": "RA ワークステーション",
"RA Workstation command line": "RA ワークステーション コマンドライン",
"RA Workstation — %1 — %2 (%3)": "RA ワークステーション — %1 — %2（%3）",
"RA Workstation — Locked": "RA ワークステーション — ロック中",
"RA Workstation — Sign in": "RA ワークステーション — サインイン",
"ROLE": "ロール",
"RSA 2048 per the profile; public exponent odd, at least 3; modulus odd, not a prime power, no factor smaller than 752.": "プロファイルに従い RSA 2048。公開指数は3以上の奇数、法は奇数で素数のべき乗でなく、752 未満の因数を持たない。",
"Ready for approval": "承認待ち",
"Reason (recorded in the audit log and shown to the next person):": "理由（監査ログに記録され、次の担当者に表示されます）:",
"Received": "受付済み",
"Received %1 (%2 UTC)": "受付 %1（UTC %2）",
"Record resubmission": "再提出を記録",
"Recorded by the validating officer with its evidence.": "審査担当者が証跡とともに記録します。",
"Reference": "受付番号",
"Refuse keys with the ROCA fingerprint, Debian weak keys, close primes, or keys reported compromised.": "ROCA の特徴を持つ鍵、Debian の脆弱な鍵、近接した素数の鍵、危殆化が報告された鍵を拒否する。",
"Reject": "却下",
"Rejected": "却下",
"Representative's authority confirmed by call-back": "コールバックで申請責任者の権限を確認",
"Requested names": "申請されたドメイン名",
"Requested names can be certified": "申請された名前が証明書に記載できる",
"Return to applicant": "申請者に返却",
"Returned": "返却済み",
"Risk": "リスク",
"Rule": "規則",
"Run ra-cli --help for the commands.": "コマンドの一覧は ra-cli --help で確認できます。",
"SAN dNSNames": "SAN の dNSName",
"SHA-256": "SHA-256",
"STATE": "状態",
"Search reference, organization, domain": "受付番号・組織・ドメインで検索",
"Send back to officer": "審査担当者に差し戻す",
"Setting up the demo HSM token failed.": "デモ用 HSM トークンの準備に失敗しました。",
"Sign in": "サインイン",
"Sign in to %1": "%1 にサインイン",
"Signature": "署名",
"Signature algorithm": "署名アルゴリズム",
"Size": "サイズ",
"Someone else changed this application meanwhile. Reopen it to see the current state.": "この間に他の人がこの申請を変更しました。開き直して現在の状態を確認してください。",
"State": "状態",
"State or province": "都道府県",
"Status": "状態",
"Street address": "番地",
"Subject (as requested)": "サブジェクト（申請どおり）",
"Submission is for the validating officer while the application is in review.": "承認申請は、審査中の申請について審査担当者が行います。",
"Submission stays disabled until these mandatory checks pass: %1": "次の必須チェックに合格するまで承認申請はできません: %1",
"Submit for approval": "承認を申請",
"Subscriber Agreement": "利用者契約",
"Subscriber Agreement executed": "利用者契約が締結されている",
"Summary": "まとめ",
"Supervisor": "責任者",
"TEXT": "テキスト",
"Take for review": "審査を開始",
"Text in details": "詳細に含まれる文字列",
"The CSR": "CSR",
"The CSR is larger than %1 KiB.": "CSR が %1 KiB を超えています。",
"The CSR is not a readable PKCS#10 request (PEM or DER).": "CSR が読み取り可能な PKCS#10 要求（PEM または DER）ではありません。",
"The CSR's public key cannot be read.": "CSR の公開鍵を読み取れません。",
"The SoftHSM2 configuration cannot be written.": "SoftHSM2 の設定を書き込めません。",
"The applicant proves possession of the private key: the CSR signature verifies with the public key it carries.": "申請者は秘密鍵の所持を証明する。CSR の署名が、CSR に含まれる公開鍵で検証できること。",
"The application does not have the approvals it needs.": "この申請には必要な承認がそろっていません。",
"The application includes a certificate signing request in PKCS#10 format.": "申請には PKCS#10 形式の証明書署名要求が含まれる。",
"The application names at least one fully-qualified domain name for the Subject Alternative Name extension.": "申請にはサブジェクト代替名拡張に記載する FQDN が1つ以上含まれる。",
"The application records cannot be read or saved.": "申請の記録を読み書きできません。",
"The audit log cannot be read or written.": "監査ログを読み書きできません。",
"The audit log has lost its head record.": "監査ログの先頭記録が失われています。",
"The audit log is intact: %n entries verified.": "監査ログは完全です: %n 件を検証しました。",
"The change could not be saved.": "変更を保存できませんでした。",
"The country of the organization is verified; the profile fixes C=JP.": "組織の国を確認する。プロファイルでは C=JP に固定。",
"The database is busy; please try again.": "データベースが使用中です。もう一度お試しください。",
"The database schema could not be prepared.": "データベースのスキーマを準備できませんでした。",
"The database schema could not be updated.": "データベースのスキーマを更新できませんでした。",
"The demo credentials cannot be written.": "デモ用の認証情報を書き込めません。",
"The document \"%1\" is %2 bytes; the limit is %3 bytes.": "書類「%1」は %2 バイトです。上限は %3 バイトです。",
"The exact certificate is linted against the Baseline Requirements and the profile before signing; any error stops issuance.": "署名前に、発行する証明書そのものを Baseline Requirements とプロファイルに照らしてリントし、エラーがあれば発行を止める。",
"The export has no head line: it was cut short.": "書き出しファイルに先頭情報の行がありません: 途中で切れています。",
"The file \"%1\" cannot be read.": "ファイル「%1」を読み込めません。",
"The file \"%1\" named in field \"%2\" is not in the package.": "項目「%2」で指定されたファイル「%1」がパッケージにありません。",
"The folder %1 cannot be created.": "フォルダ %1 を作成できません。",
"The one-time code is not correct.": "ワンタイムコードが正しくありません。",
"The package %1 was not imported: %2": "パッケージ %1 は取り込まれませんでした: %2",
"The package is larger than %1 bytes.": "パッケージが %1 バイトを超えています。",
"The person who validated an application can never approve it.": "申請を審査した人がその申請を承認することはできません。",
"The queue cannot be read.": "キューを読み込めません。",
"The required field \"%1\" is missing or empty.": "必須項目「%1」がないか空です。",
"The secret is not base32.": "シークレットが base32 形式ではありません。",
"The session is locked. Sign in again to continue, or log out.": "セッションはロックされています。続けるには再度サインインするか、ログアウトしてください。",
"The user is a Key Custodian.": "このユーザーは鍵管理者である。",
"The user name, password or one-time code is not correct.": "ユーザー名、パスワード、またはワンタイムコードが正しくありません。",
"The user records cannot be read.": "ユーザーの記録を読み込めません。",
"The user's full name.": "ユーザーの氏名。",
"The workspace database cannot be opened.": "ワークスペースのデータベースを開けません。",
"This account is disabled.": "このアカウントは無効です。",
"This account is locked after repeated failures until %1 (UTC).": "失敗が続いたため、このアカウントは %1（UTC）までロックされています。",
"This action is not possible while the application is %1.": "申請が「%1」の間はこの操作はできません。",
"This command changes the workspace: name yourself with --as USER.": "このコマンドはワークスペースを変更します: --as USER で本人を指定してください。",
"This role signs in without a one-time code.": "このロールはワンタイムコードなしでサインインします。",
"This workspace was created by a newer version of the RA Workstation.": "このワークスペースは新しいバージョンの RA ワークステーションで作成されました。",
"Time (local)": "日時（現地）",
"Timeline (audit log of this application)": "経緯（この申請の監査ログ）",
"Title": "役職",
"To": "終了",
"Too many failed attempts: the account is locked for %n minute(s).": "失敗が多すぎます: アカウントを %n 分間ロックしました。",
"USER": "ユーザー",
"Unknown action.": "不明な操作です。",
"Unknown app command: %1": "不明な app コマンド: %1",
"Unknown command: %1": "不明なコマンド: %1",
"Unknown state: %1": "不明な状態: %1",
"Unknown user command: %1": "不明な user コマンド: %1",
"Unlock": "ロック解除",
"Usage: ra-cli --as OFFICER import PACKAGE": "使い方: ra-cli --as OFFICER import PACKAGE",
"Usage: ra-cli app show|take|return|reject ID": "使い方: ra-cli app show|take|return|reject ID",
"Usage: ra-cli audit export --out FILE": "使い方: ra-cli audit export --out FILE",
"Usage: ra-cli audit verify|export": "使い方: ra-cli audit verify|export",
"Usage: ra-cli totp code --secret BASE32": "使い方: ra-cli totp code --secret BASE32",
"Usage: ra-cli user add|disable|reset-totp NAME": "使い方: ra-cli user add|disable|reset-totp NAME",
"Usage: ra-cli workspace init DIR [--demo]": "使い方: ra-cli workspace init DIR [--demo]",
"User %1 added.": "ユーザー %1 を追加しました。",
"User %1 added. TOTP secret (enter it in the authenticator; it is not shown again): %2": "ユーザー %1 を追加しました。TOTP シークレット（認証アプリに登録してください。再表示されません）: %2",
"User %1 disabled.": "ユーザー %1 を無効にしました。",
"Validate control of every FQDN by one of the methods of CP 3.2.2.4 with a Random Value valid for 30 days.": "30日間有効なランダム値を用いて、CP 3.2.2.4 のいずれかの方法ですべての FQDN の管理権を確認する。",
"Validation corroborated by remote perspectives": "リモートパースペクティブで認証結果を裏付け",
"Verify that the address is a place of existence or operation of the organization.": "所在地が組織の実在地または事業所であることを確認する。",
"Verify the identity of the organization from a government agency, a Reliable Data Source, a site visit or an Attestation Letter.": "政府機関、信頼できるデータソース、実地調査、または証明書簡により組織の実在性を確認する。",
"Verify this export file instead of the database.": "データベースの代わりにこの書き出しファイルを検証する。",
"Verifying the chain…": "チェーンを検証しています…",
"Version": "版",
"When": "日時",
"Why (return, reject).": "理由（返却、却下）。",
"With workspace init: add demo users, HSM and applications.": "workspace init と併用: デモユーザー、HSM、申請を追加する。",
"Workspace created in %1.": "%1 にワークスペースを作成しました。",
"Workspace folder.": "ワークスペースのフォルダ。",
"Workstation": "端末",
"You cannot disable your own account.": "自分のアカウントは無効にできません。",
"You have already approved this application.": "この申請は既に承認済みです。",
"Your role may not make this decision.": "あなたのロールではこの判断はできません。",
"a list": "リスト",
"an object": "オブジェクト",
"any time": "指定なし",
"must be %1.": "%1 である必要があります。",
"must be a date and time such as 2026-11-20T09:00:00Z.": "2026-11-20T09:00:00Z のような日時である必要があります。",
"must be a domain name.": "ドメイン名である必要があります。",
"must be a two-letter ISO 3166 country code.": "ISO 3166 の2文字の国コードである必要があります。",
"must list at least one domain name.": "ドメイン名を1つ以上含む必要があります。",
"now": "現在",
"officer, supervisor, auditor or administrator.": "officer、supervisor、auditor、administrator のいずれか。",
"text": "文字列",
"workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | audit verify|export | totp code": "workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | audit verify|export | totp code",
"—": "—",
"✔ %1 matches its recorded SHA-256.": "✔ %1 は記録された SHA-256 と一致します。",
"✔ %1": "✔ %1",
"✔ Verifies with the CSR's own key (proof of possession)": "✔ CSR 自身の鍵で検証できます（秘密鍵の所持証明）",
"✘ Chain broken at entry %1: %2": "✘ 記録 %1 でチェーンが壊れています: %2",
"✘ Does NOT verify: the request was altered or is forged": "✘ 検証できません: 要求が改ざんまたは偽造されています",
"✘ The stored file of %1 is missing or does not match its SHA-256: it may have been altered. Do not rely on it; report it.": "✘ %1 の保存ファイルがないか、SHA-256 と一致しません: 改ざんされた可能性があります。使用せず、報告してください。",
"Only an administrator may import key blocklists.": "鍵のブロックリストを取り込めるのは管理者だけです。",
"Line %1 of %2 is not a %3 value; nothing was imported.": "%2 の %1 行目は %3 の値ではありません。何も取り込んでいません。",
"RSA %1 bits; the profile allows RSA %2.": "RSA %1 ビット。プロファイルで許可されるのは RSA %2 です。",
"none": "なし",
"Public exponent %1.": "公開指数 %1。",
"Public exponent %1 is not an odd number from 65537 to 2^256-1.": "公開指数 %1 は 65537 以上 2^256-1 以下の奇数ではありません。",
"The modulus is odd.": "法は奇数です。",
"The modulus is even.": "法が偶数です。",
"No factor smaller than 752.": "752 未満の因数はありません。",
"The modulus is divisible by %1.": "法が %1 で割り切れます。",
"The modulus is a prime, not a product of two primes.": "法が素数です（2つの素数の積ではありません）。",
"The modulus is a power of a single number.": "法が1つの数のべき乗です。",
"The modulus is not a prime or a prime power.": "法は素数でも素数のべき乗でもありません。",
"The key has the ROCA fingerprint (CVE-2017-15361): its private key can be computed.": "鍵に ROCA の特徴があります（CVE-2017-15361）: 秘密鍵を計算できてしまいます。",
"No ROCA fingerprint.": "ROCA の特徴はありません。",
"The primes are so close that Fermat's method factors the modulus.": "素数が近すぎるため、フェルマー法で法を素因数分解できます。",
"Fermat factorization finds no factor in %1 rounds.": "フェルマー法で %1 回試行しても因数は見つかりません。",
"The key is a Debian OpenSSL 2008 weak key.": "Debian OpenSSL 2008 年の脆弱な鍵です。",
"Not in the Debian weak-key lists that were imported.": "取り込み済みの Debian 脆弱鍵リストにはありません。",
"The public key cannot be read.": "公開鍵を読み取れません。",
"The RSA key cannot be read.": "RSA 鍵を読み取れません。",
"ECDSA on %1; allowed curves: %2.": "%1 の ECDSA。許可される曲線: %2。",
"The public point is on the curve.": "公開点は曲線上にあります。",
"The public point is not valid.": "公開点が不正です。",
"Applies to RSA keys only.": "RSA 鍵にのみ適用されます。",
"Key type %1 is not allowed.": "鍵の種類 %1 は許可されていません。",
"The key was reported compromised.": "この鍵は危殆化が報告されています。",
"Not in the compromised-key list.": "危殆化鍵リストにはありません。",
"Wildcard names are not issued under this policy.": "このポリシーではワイルドカード名は発行しません。",
"Not a wildcard name.": "ワイルドカード名ではありません。",
"IP addresses are not issued under this policy.": "このポリシーでは IP アドレスは発行しません。",
"Not an IP address.": "IP アドレスではありません。",
"Onion names are not issued.": ".onion 名は発行しません。",
"Not an .onion name.": ".onion 名ではありません。",
"A fully-qualified name of LDH labels and P-labels.": "LDH ラベルと P ラベルからなる完全修飾ドメイン名です。",
"Not a fully-qualified domain name (at least two labels, no trailing dot).": "完全修飾ドメイン名ではありません（2つ以上のラベル、末尾のドットなし）。",
"The label \"%1\" is neither an LDH label nor a valid P-label.": "ラベル「%1」は LDH ラベルでも正しい P ラベルでもありません。",
"Labels of at most 63 octets, name of at most 253.": "ラベルは63オクテット以下、名前は253以下です。",
"A label is longer than 63 octets or the name longer than 253.": "63オクテットを超えるラベルがあるか、名前が253を超えています。",
"The name does not end in a public top-level domain: an Internal Name.": "公開されたトップレベルドメインで終わっていません: 内部名です。",
"The name is itself a public suffix.": "名前そのものがパブリックサフィックスです。",
"Registrable domain: %1": "登録可能ドメイン: %1",
"The key blocklist cannot be written.": "鍵のブロックリストに書き込めません。",
"The key blocklist cannot be read.": "鍵のブロックリストを読み込めません。",
"Blocklist format: spki-sha256 or debian.": "ブロックリストの形式: spki-sha256 または debian。",
"FORMAT": "形式",
"workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | audit verify|export | csr check FILE | blocklist import FILE | totp code": "workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | audit verify|export | csr check FILE | blocklist import FILE | totp code",
"Usage: ra-cli csr check FILE": "使い方: ra-cli csr check FILE",
"The signature verifies with the CSR's key.": "署名は CSR の鍵で検証できます。",
"The signature does not verify.": "署名を検証できません。",
"Usage: ra-cli --as ADMINISTRATOR blocklist import FILE --format spki-sha256|debian": "使い方: ra-cli --as ADMINISTRATOR blocklist import FILE --format spki-sha256|debian",
"%1 values read, %2 new.": "%1 件を読み込み、うち %2 件が新規です。",
"Key and name checks": "鍵と名前のチェック",
"Result": "結果",
"Not checked (imported before these checks existed)": "未チェック（このチェックの導入前に取り込まれた申請）",
"Not run: the key is refused for its size.": "未実施: 鍵はサイズの時点で拒否されます。",
"The certificate could not be built (%1).": "証明書を作成できませんでした（%1）。",
"The country must be %1 (CP 3.1.1, table 7.1-1).": "国は %1 でなければなりません（CP 3.1.1、表 7.1-1）。",
"The subject needs a real %1 value (CP 7.1, table 7.1-1; CP 7.1.4).": "サブジェクトには実際の %1 の値が必要です（CP 7.1、表 7.1-1、CP 7.1.4）。",
"The subject needs a common name.": "サブジェクトにはコモンネームが必要です。",
"The common name %1 is not one of the subjectAltName dNSNames (CP 7.1.4).": "コモンネーム %1 が subjectAltName の dNSName に含まれていません（CP 7.1.4）。",
"The certificate needs at least one dNSName.": "証明書には dNSName が1つ以上必要です。",
"The validity period is within the limit in force on notBefore": "有効期間が notBefore の日に有効な上限以内である",
"The serial number is long enough to hold 64 bits from a CSPRNG": "シリアル番号が CSPRNG の出力 64 ビットを含められる長さである",
"subjectAltName is present": "subjectAltName がある",
"dNSNames hold letters, digits, hyphens and dots only": "dNSName は英字・数字・ハイフン・ドットのみからなる",
"dNSNames contain no underscore": "dNSName にアンダースコアを含まない",
"Every label is at most 63 octets": "各ラベルは63オクテット以下である",
"No empty label, and no trailing dot for the root": "空のラベルも、ルートを表す末尾のドットもない",
"No label starts or ends with a hyphen": "ハイフンで始まる・終わるラベルがない",
"Every dNSName is at most 253 octets": "各 dNSName は253オクテット以下である",
"Labels with '--' in the third and fourth place are P-labels only": "3・4文字目が「--」のラベルは P ラベルに限る",
"No .onion name": ".onion 名がない",
"No dNSName is an IP address": "IP アドレスである dNSName がない",
"The common name is a character-for-character copy of a dNSName": "コモンネームが dNSName の1文字ずつ同一の写しである",
"No subject attribute holds only metadata such as '.', '-' or ' '": "「.」「-」「 」のようなメタデータだけのサブジェクト属性がない",
"extendedKeyUsage is present": "extendedKeyUsage がある",
"extendedKeyUsage does not hold anyExtendedKeyUsage": "extendedKeyUsage に anyExtendedKeyUsage を含まない",
"Key usage allows neither keyCertSign nor cRLSign": "鍵用途に keyCertSign も cRLSign も含まない",
"basicConstraints does not make the certificate a CA": "basicConstraints で CA 証明書になっていない",
"The signature does not use SHA-1": "署名に SHA-1 を使っていない",
"An RSA modulus has at least 2048 bits and is divisible by 8": "RSA の法が2048ビット以上で8の倍数である",
"The RSA public exponent is odd": "RSA 公開指数が奇数である",
"The RSA public exponent is at least 3": "RSA 公開指数が3以上である",
"The RSA public exponent is between 2^16+1 and 2^256-1": "RSA 公開指数が 2^16+1 以上 2^256-1 以下である",
"certificatePolicies is present": "certificatePolicies がある",
"authorityInfoAccess is present": "authorityInfoAccess がある",
"The certificate cannot be read (PEM or DER).": "証明書を読み取れません（PEM または DER）。",
"The subject country is JP": "サブジェクトの国が JP である",
"The subject has no organizational unit": "サブジェクトに部署名（OU）がない",
"The subject has one state or province": "サブジェクトに都道府県が1つある",
"The subject has one locality": "サブジェクトに市区町村が1つある",
"The subject has one organization": "サブジェクトに組織名が1つある",
"The subject has exactly one common name": "サブジェクトにコモンネームがちょうど1つある",
"The subject public key is RSA 2048 bits": "サブジェクト公開鍵が RSA 2048 ビットである",
"The signature algorithm is sha256WithRSAEncryption": "署名アルゴリズムが sha256WithRSAEncryption である",
"Key usage is digitalSignature, with keyEncipherment for RSA keys": "鍵用途が digitalSignature（RSA 鍵では keyEncipherment も）である",
"Key usage is marked critical": "鍵用途がクリティカルである",
"Extended key usage is serverAuth, optionally with clientAuth": "拡張鍵用途が serverAuth（任意で clientAuth も）である",
"certificatePolicies holds this CP's OID 1.2.392.200091.100.751.1": "certificatePolicies に本 CP の OID 1.2.392.200091.100.751.1 がある",
"certificatePolicies holds the OV policy 2.23.140.1.2.2": "certificatePolicies に OV ポリシー 2.23.140.1.2.2 がある",
"This CP's policy carries the HTTP(S) URL of the repository as CPS qualifier": "本 CP のポリシーにリポジトリの HTTP(S) URL が CPS 修飾子として付いている",
"Only the extensions of the profile are present": "プロファイルの拡張だけが含まれる",
"Every extension has the criticality of the profile": "各拡張のクリティカル指定がプロファイルどおりである",
"subjectAltName holds dNSNames only (no IP address or other name)": "subjectAltName は dNSName のみ（IP アドレスや他の名前はない）",
"No wildcard dNSName": "ワイルドカードの dNSName がない",
"cRLDistributionPoints holds the HTTP URL of the CRL": "cRLDistributionPoints に CRL の HTTP URL がある",
"authorityInfoAccess holds the HTTP URL of the OCSP responder": "authorityInfoAccess に OCSP レスポンダの HTTP URL がある",
"The certificate is version 3": "証明書がバージョン3である",
"The serial number is greater than zero": "シリアル番号が0より大きい",
"The serial number is below 2^159 and at most 20 octets": "シリアル番号が 2^159 未満で20オクテット以下である",
"notAfter is later than notBefore": "notAfter が notBefore より後である",
"Dates before 2050 are UTCTime, later ones GeneralizedTime": "2050年より前の日時は UTCTime、以降は GeneralizedTime である",
"No extension appears twice": "同じ拡張が2度現れない",
"authorityKeyIdentifier is present": "authorityKeyIdentifier がある",
"authorityKeyIdentifier is not critical": "authorityKeyIdentifier がクリティカルでない",
"authorityKeyIdentifier holds a keyIdentifier": "authorityKeyIdentifier に keyIdentifier がある",
"subjectKeyIdentifier is not critical": "subjectKeyIdentifier がクリティカルでない",
"subjectKeyIdentifier is present": "subjectKeyIdentifier がある",
"The subject country is two upper-case letters in a PrintableString": "サブジェクトの国が PrintableString の大文字2文字である",
"The subject organization has at most 64 characters": "サブジェクトの組織名が64文字以下である",
"The subject common name has at most 64 characters": "サブジェクトのコモンネームが64文字以下である",
"The subject locality has at most 128 characters": "サブジェクトの市区町村が128文字以下である",
"The subject state or province has at most 128 characters": "サブジェクトの都道府県が128文字以下である",
"subjectAltName holds no empty name": "subjectAltName に空の名前がない",
"The issuer name is not empty": "発行者名が空でない",
"The outer signature algorithm equals the one inside tbsCertificate": "外側の署名アルゴリズムが tbsCertificate 内のものと一致する",
"With lint: list every lint.": "lint と併用: すべてのリントを一覧表示する。",
"workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | totp code": "workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | totp code",
"Usage: ra-cli lint FILE [--at DATE] | ra-cli lint --list": "使い方: ra-cli lint FILE [--at DATE] | ra-cli lint --list",
"%n lint(s) run, no findings.": "%n 件のリントを実行し、指摘はありません。",
"Certificate preview (from the data as it stands; verified values replace the applicant's)": "証明書プレビュー（現時点のデータから作成。確認済みの値が申請者の値に置き換わります）",
"✘ No certificate can be built: %1": "✘ 証明書を作成できません: %1",
"Subject": "サブジェクト",
"Validity": "有効期間",
"%1 to %2 (UTC)": "%1 から %2 まで（UTC）",
"✔ Passes all %n lints": "✔ %n 件のリントにすべて合格",
"✘ %n lint error(s): this certificate cannot be issued": "✘ リントエラー %n 件: この証明書は発行できません",
"Lint": "リント",
"With an empty subject, subjectAltName is critical": "サブジェクトが空のとき subjectAltName がクリティカルである",
"keyUsage asserts at least one usage": "keyUsage が少なくとも1つの用途を示す",
"authorityInfoAccess is not critical": "authorityInfoAccess がクリティカルでない",
"cRLDistributionPoints is not critical": "cRLDistributionPoints がクリティカルでない",
"certificatePolicies is not critical": "certificatePolicies がクリティカルでない",
"The subject holds only C, ST, L, O and CN": "サブジェクトは C、ST、L、O、CN のみからなる",
"Subject attributes are UTF8String or PrintableString": "サブジェクト属性が UTF8String または PrintableString である",
"UTCTime values include seconds": "UTCTime の値に秒が含まれる",
"UTCTime values are in Zulu time (end in Z)": "UTCTime の値が Zulu 時刻（末尾が Z）である",
"GeneralizedTime values are in Zulu time without fractions": "GeneralizedTime の値が小数部のない Zulu 時刻である",
"RSA PKCS#1 v1.5 signature algorithms carry NULL parameters": "RSA PKCS#1 v1.5 署名アルゴリズムのパラメータが NULL である",
"An RSA subject public key's algorithm carries NULL parameters": "RSA サブジェクト公開鍵のアルゴリズムのパラメータが NULL である",
"Every caIssuers location in authorityInfoAccess is an HTTP URL": "authorityInfoAccess の caIssuers の場所がすべて HTTP URL である",
"An issued certificate does not carry the precertificate poison": "発行された証明書にプレ証明書のポイズン拡張がない",
"Extended key usage is OCSPSigning only": "拡張鍵用途が OCSPSigning のみである",
"id-pkix-ocsp-nocheck is present and not critical": "id-pkix-ocsp-nocheck があり、クリティカルでない",
"certificatePolicies is absent": "certificatePolicies がない",
"Key usage is digitalSignature only, marked critical": "鍵用途が digitalSignature のみで、クリティカルである",
"The subject is C=JP, the CA operator's O and the responder's CN": "サブジェクトが C=JP、CA 運営者の O、レスポンダの CN である",
"With lint: tls-server (the default) or ocsp-responder.": "lint と併用: tls-server（既定）または ocsp-responder。",
"Usage: ra-cli lint FILE [--at DATE] [--profile NAME] | ra-cli lint --list": "使い方: ra-cli lint FILE [--at DATE] [--profile NAME] | ra-cli lint --list",
"--profile must be one of: %1": "--profile には次のいずれかを指定してください: %1",
"Two Key Custodians are needed to activate the CA key.": "CA 鍵の活性化には2人の鍵管理者が必要です。",
"The second custodian must be a different person from the first.": "2人目の鍵管理者は1人目とは別の人でなければなりません。",
"%1 is not a Key Custodian.": "%1 は鍵管理者ではありません。",
"The PIN shares are malformed or from the same custodian.": "PIN の分割片の形式が不正か、同じ鍵管理者のものです。",
"The PKCS#11 module cannot be loaded.": "PKCS#11 モジュールを読み込めません。",
"The HSM's slots cannot be listed.": "HSM のスロットを一覧できません。",
"The CA's token is not present in the HSM.": "CA のトークンが HSM にありません。",
"The HSM refused the activation data.": "HSM が活性化データを拒否しました。",
"The CA key is not activated.": "CA 鍵が活性化されていません。",
"The CA key is not on the token.": "CA 鍵がトークン上にありません。",
"The HSM could not sign.": "HSM で署名できませんでした。",
"workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca activate | totp code": "workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca activate | totp code",
"Key Custodian %1: user name": "鍵管理者 %1: ユーザー名",
"PIN share of %1": "%1 の PIN 分割片",
"Usage: ra-cli ca activate": "使い方: ra-cli ca activate",
"The test signature does not verify.": "テスト署名を検証できません。",
"The CA key was activated, signed a test challenge that verifies, and was deactivated again.": "CA 鍵を活性化し、検証できるテスト署名を行い、再び非活性化しました。",
"Activate the CA key": "CA 鍵の活性化",
"Two Key Custodians activate the CA key together (CP 6.2.2). Each signs in and enters their share of the activation data; nothing typed here is shown or kept.": "2人の鍵管理者が共同で CA 鍵を活性化します（CP 6.2.2）。各自がサインインし、活性化データの分割片を入力します。ここで入力した内容は表示も保存もされません。",
"Activate": "活性化",
"Key Custodian %1": "鍵管理者 %1",
"User name": "ユーザー名",
"Password": "パスワード",
"One-time code": "ワンタイムコード",
"PIN share": "PIN 分割片",
"✘ The second custodian must be a different person from the first.": "✘ 2人目の鍵管理者は1人目とは別の人でなければなりません。",
"Activating…": "活性化しています…",
"✘ Not activated: %1": "✘ 活性化できませんでした: %1",
"&CA": "CA(&C)",
"&Activate CA key…": "CA 鍵を活性化(&A)…",
"&Deactivate CA key": "CA 鍵を非活性化(&D)",
"HSM: activated by %1": "HSM: %1 が活性化",
"Registry look-up: NTA Corporate Number System (R-ORG-1, CP 3.2.2.1)": "登記情報の照会: 国税庁 法人番号システム（R-ORG-1、CP 3.2.2.1）",
"Corporate &number:": "法人番号(&N):",
"13 digits, from the application's documents": "13 桁（申請書類に記載の番号）",
"&Look up in the registry": "法人番号で登記情報を照会(&L)",
"Field": "項目",
"Application (claimed)": "申請内容（申告）",
"Registry (verified)": "登記情報（確認済み）",
"What the certificate's subject will carry (R-CSR-5)": "証明書のサブジェクトに載る値（R-CSR-5）",
"Evidence (R-ORG-1, R-DOC-2)": "証拠（R-ORG-1、R-DOC-2）",
"#": "#",
"Source": "情報源",
"Confirms": "確認した事項",
"Obtained": "取得日時",
"Usable until": "利用期限",
"Response SHA-256": "応答の SHA-256",
"Prefecture": "都道府県",
"City": "市区町村",
"Street": "丁目番地等",
"The organization evidence cannot be read or written.": "組織の証拠を読み書きできません。",
"There is no approved data source #%1.": "承認済みの情報源 #%1 はありません。",
"Usage: ra-cli org lookup APPLICATION CORPORATE_NUMBER --as OFFICER | org evidence APPLICATION": "使い方: ra-cli org lookup 申請 法人番号 --as 審査担当者 | org evidence 申請",
"Evidence #%1 recorded: %2 (%3), confirms %4\n": "証拠 #%1 を記録しました: %2（%3）、確認: %4\n",
"Usage: ra-cli rds list | rds approve EVALUATION.json --as ADMINISTRATOR | rds withdraw ID --as ADMINISTRATOR": "使い方: ra-cli rds list | rds approve 評価.json --as 管理者 | rds withdraw ID --as 管理者",
"approved by %1": "承認者 %1",
"withdrawn by %1": "取消者 %1",
"Not a data source id: %1": "情報源の ID ではありません: %1",
"Data source %1 withdrawn: it can no longer be cited.": "情報源 %1 を取り消しました。今後は証拠として引用できません。",
"%1 cannot be read (at most 64 KiB).": "%1 を読み込めません（上限 64 KiB）。",
"%1 is not JSON: %2": "%1 は JSON ではありません: %2",
"Data source %1 approved: %2": "情報源 %1 を承認しました: %2",
"The registry's answer is not a corporate-number document; nothing was recorded.": "登記情報の応答が法人番号の文書ではありません。何も記録していません。",
"The registry's answer is too large; nothing was recorded.": "登記情報の応答が大きすぎます。何も記録していません。",
"The registry's answer is not valid UTF-8; nothing was recorded.": "登記情報の応答が正しい UTF-8 ではありません。何も記録していません。",
"The corporate-number registry is not configured (workspace.ini [corporate_number]).": "法人番号システムが設定されていません（workspace.ini [corporate_number]）。",
"The registry did not answer in time; try again later. Nothing was recorded.": "登記情報の照会が時間内に応答しませんでした。後でやり直してください。何も記録していません。",
"The registry answered with a redirect, which is not followed; nothing was recorded.": "登記情報の照会がリダイレクトを返しました。リダイレクトには従いません。何も記録していません。",
"The registry cannot be reached; check the network and try again. Nothing was recorded.": "登記情報の照会先に接続できません。ネットワークを確認してやり直してください。何も記録していません。",
"The registry refused the request (HTTP %1); nothing was recorded.": "登記情報の照会が拒否されました（HTTP %1）。何も記録していません。",
"The corporate-number registry is not an approved Reliable Data Source: an administrator must evaluate and approve it first (CP 3.2.2.7).": "法人番号システムは承認済みの信頼できるデータソースではありません。先に管理者が評価・承認してください（CP 3.2.2.7）。",
"The registry has no corporation with the number %1.": "法人番号 %1 の法人は登録されていません。",
"The registry answered with %1 corporations for one number; nothing was recorded.": "1 つの番号に対して %1 件の法人が返されました。何も記録していません。",
"The registry answered about another corporation (%1); nothing was recorded.": "別の法人（%1）についての応答でした。何も記録していません。",
"Only an administrator evaluates and approves Reliable Data Sources.": "信頼できるデータソースを評価・承認できるのは管理者だけです。",
"Every criterion of CP 3.2.2.7 must be evaluated: name, provider and purpose, age of the data, update frequency, public accessibility, difficulty of falsification.": "CP 3.2.2.7 のすべての基準を評価してください: 名称、提供者と目的、情報の鮮度、更新頻度、公開性、改ざんの困難さ。",
"Government agency": "政府機関",
"Reliable Data Source": "信頼できるデータソース",
"Site visit": "実地調査",
"Attestation Letter": "証明書簡",
"Reliable Method of Communication": "信頼できる連絡手段",
"closed on %1 (cause %2)": "%1 に閉鎖（事由 %2）",
"successor %1": "承継先 %1",
"active": "存続",
"The registry lists the corporation as closed or merged: it cannot be certified.": "登記上、この法人は閉鎖または合併により消滅しています。証明書は発行できません。",
"The registry's name differs from the application's: return the application for correction or verify the name otherwise.": "登記上の名称が申請と異なります。申請を差し戻して訂正を求めるか、別の方法で名称を確認してください。",
"The registry's address differs from the application's (moved, or mistyped).": "登記上の所在地が申請と異なります（移転、または記入誤り）。",
"The registry does not confirm the country.": "登記情報では国を確認できません。",
"Evidence #%1: %2 %3, obtained %4": "証拠 #%1: %2 %3、取得 %4",
"✔ O, ST, L verified by evidence #%1": "✔ O・ST・L は証拠 #%1 で確認済み",
"⚠ O, ST, L as the applicant claims them: not yet verified, so no certificate can be approved": "⚠ O・ST・L は申請者の申告のままです。未確認のため証明書は承認できません",
"not looked up yet": "未照会",
"pending": "未確認",
"Nothing is verified yet: look the organization up by its corporate number. The application's values are claims.": "まだ何も確認されていません。法人番号で照会してください。申請内容は申告にすぎません。",
"⚠ Not yet verified: no certificate can be approved until evidence confirms the organization's name and address.": "⚠ 未確認: 証拠で組織の名称と所在地を確認するまで証明書は承認できません。",
"same": "一致",
"DIFFERS": "不一致",
"Corporate number %1 (check digit ✔) · %2 · retrieved %3 by %4 · record updated %5": "法人番号 %1（チェックデジット ✔）· %2 · %3 に %4 が取得 · 登記情報の更新 %5",
"⚠ The registry recorded a change of %1 on %2.": "⚠ 登記情報に %2 付けの%1の変更があります。",
"address": "所在地",
"name": "名称",
"Response SHA-256 %1 · %2": "応答の SHA-256 %1 · %2",
"%1 (%n day(s) old)": "%1（%n 日前）",
"expired (limit %n day(s))": "期限切れ（上限 %n 日）",
"✔ O=%1, ST=%2, L=%3, C=%4 — from evidence #%5, not from the application": "✔ O=%1、ST=%2、L=%3、C=%4 — 申請内容ではなく証拠 #%5 から",
"⚠ No evidence confirms both the name and the address: no certificate can be approved. Return the application for correction, or verify otherwise.": "⚠ 名称と所在地の両方を確認した証拠がありません。証明書は承認できません。申請を差し戻して訂正を求めるか、別の方法で確認してください。",
"Asking the registry for %1…": "%1 を照会しています…",
"Evidence #%1 recorded: confirms %2.": "証拠 #%1 を記録しました。確認: %2。",
"no evidence confirms the organization's name and address yet, and the subject is built from verified data only (R-CSR-5).": "組織の名称と所在地を確認した証拠がまだありません。サブジェクトは確認済みの情報だけから作ります（R-CSR-5）。",
"A corporate number is 13 digits: %1 is not one.": "法人番号は 13 桁です: %1 は法人番号ではありません。",
"The check digit of %1 is wrong: the number was mistyped.": "%1 のチェックデジットが合いません。番号の入力誤りです。",
"Reference (where it was obtained)": "参照先（取得元）",
"High-risk request: additional verification recorded (if high risk)": "高リスク申請: 追加確認を記録（高リスクの場合）",
"A high-risk request (a match with revoked or rejected records, a high-risk name, a look-alike or mixed-script name) needs, before approval: every match examined and explained in the note; the organization confirmed by a second, independent source; the domain's registrant or DNS operator confirmed to be the organization.": "高リスク申請（失効・却下の記録との一致、高リスク名称、類似名・混在文字の名前）は、承認の前に次が必要です: 一致をすべて調べてメモに説明を記録する、別の独立した情報源で組織を確認する、ドメインの登録者または DNS の運用者がその組織であることを確認する。",
"%1: as revoked certificate %2 (%3)": "%1: 失効した証明書 %2 と一致（%3）",
"%1: as application %2 rejected for suspected fraud (%3)": "%1: 不正の疑いで却下された申請 %2 と一致（%3）",
"%1: contains the high-risk name \"%2\" (%3)": "%1: 高リスク名称「%2」を含む（%3）",
"%1: looks like %2 (%3)": "%1: %2 に類似（%3）",
"%1: the label \"%2\" mixes scripts": "%1: ラベル「%2」で文字種が混在",
"Only an administrator keeps the high-risk name list.": "高リスク名称の一覧を管理できるのは管理者だけです。",
"A high-risk name is one label of at most 63 characters, with the reason it is on the list.": "高リスク名称は 63 文字以内の 1 ラベルで、登録する理由が必要です。",
"The high-risk records cannot be read or written.": "高リスクの記録を読み書きできません。",
"There is no high-risk name #%1.": "高リスク名称 #%1 はありません。",
"With app reject: rejected for suspected fraud or phishing (R-IN-3).": "app reject と併用: 不正・フィッシングの疑いによる却下（R-IN-3）。",
"Usage: ra-cli risk names list | risk names add NAME --reason TEXT --as ADMINISTRATOR | risk names remove ID --as ADMINISTRATOR | risk check APPLICATION": "使い方: ra-cli risk names list | risk names add 名称 --reason 理由 --as 管理者 | risk names remove ID --as 管理者 | risk check 申請",
"No high-risk match.": "高リスクとの一致はありません。",
"Not a high-risk name id: %1": "高リスク名称の ID ではありません: %1",
"High-risk name %1 removed from the list.": "高リスク名称 %1 を一覧から外しました。",
"High-risk name %1 added: %2": "高リスク名称 %1 を追加しました: %2",
"⚠ HIGH RISK — %1\nAdditional verification is required before approval: see \"%2\" on the Applicant & CSR page.": "⚠ 高リスク — %1\n承認の前に追加確認が必要です: 「申請者と CSR」ページの「%2」を参照してください。",
"flagged at an earlier matching": "以前の照合で高リスクと判定",
"Is the application rejected for suspected fraud or phishing? Later applications with the same organization, names or key will then be flagged high risk.": "不正またはフィッシングの疑いで却下しますか？ その場合、同じ組織・名前・鍵の今後の申請は高リスクと判定されます。",
"workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | risk names list|add|remove | risk check ID": "workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | risk names list|add|remove | risk check ID",
"Certificate %1 is not issued: there is nothing to send.": "証明書 %1 は発行されていません。送るものがありません。",
"No mail relay is configured (workspace.ini [mail]).": "メールの中継サーバーが設定されていません（workspace.ini [mail]）。",
"Usage: ra-cli cert list | cert show SERIAL [--pem] | cert notify SERIAL --as USER": "使い方: ra-cli cert list | cert show シリアル [--pem] | cert notify シリアル --as ユーザー",
"Only officers and supervisors notify subscribers.": "利用者への通知は審査担当者と承認者だけが行えます。",
"The subscriber of %1 was notified.": "%1 の利用者に通知しました。",
"The application is not high risk: there is nothing to verify further.": "この申請は高リスクではありません。追加確認の対象はありません。",
"Applicant representative, as the application states (not a verified source for the call-back)": "申請者代表者（申請書の記載。コールバックの確認済み情報源ではありません）",
"Record a call-back: Reliable Method of Communication (R-ORG-5, CP 3.2.5)": "コールバックの記録: 信頼できる連絡手段（R-ORG-5、CP 3.2.5）",
"&Channel": "手段(&C)",
"N&umber or address": "番号またはアドレス(&U)",
"As found in the verified source, never the application's own contact": "確認済みの情報源に記載のもの（申請書の連絡先は不可）",
"Taken &from": "情報源(&F)",
"&Where in the source": "情報源内の箇所(&W)",
"Listing, page or URL where the number or address appears": "番号・アドレスが載っている掲載、ページまたは URL",
"&Person reached": "応対者(&P)",
"Full name of the person who answered": "応対した人の氏名",
"Their &title": "応対者の役職(&T)",
"Position in the organization": "組織内の役職",
"&Date and time": "日時(&D)",
"&Outcome": "結果(&O)",
"&Note": "メモ(&N)",
"What was said, in a sentence": "確認した内容を一文で",
"&Record the call-back": "コールバックを記録(&R)",
"Call-backs recorded (never changed; the newest that reached someone decides)": "記録済みのコールバック（変更不可。相手につながった最新の記録で判定）",
"Channel": "手段",
"Number or address": "番号またはアドレス",
"Person reached": "応対者",
"Recorded by": "記録者",
"Data source #%1 is not an approved Reliable Data Source: a call-back cannot rely on it.": "データソース #%1 は承認済みの信頼できるデータソースではありません。コールバックの根拠にできません。",
"Telephone": "電話",
"Postal mail": "郵便",
"Authority confirmed": "権限を確認",
"Authority denied": "権限を否定",
"Nobody reached": "不通",
"Confirmed by %1 on %2 via %3 (call-back #%4, source: %5).": "%1 が %2（%3）で確認（コールバック #%4、情報源: %5）。",
"Denied by %1 on %2 (call-back #%3): the representative's authority is not confirmed.": "%1 が %2 で否定（コールバック #%3）: 代表者の権限は確認されていません。",
"The call-back records cannot be read or written.": "コールバックの記録を読み書きできません。",
"Usage: ra-cli authority list APPLICATION | authority callback APPLICATION CALLBACK.json --as OFFICER (CALLBACK.json: channel, contact, data_source_id, source_reference, person_reached, person_title, reached_at, outcome, note; - reads stdin)": "使い方: ra-cli authority list 申請 | authority callback 申請 CALLBACK.json --as 担当者（CALLBACK.json: channel, contact, data_source_id, source_reference, person_reached, person_title, reached_at, outcome, note。- は標準入力）",
"channel is telephone, email or postal; outcome is confirmed, denied or not-reached.": "channel は telephone、email、postal のいずれか、outcome は confirmed、denied、not-reached のいずれかです。",
"Call-back recorded: %1": "コールバックを記録しました: %1",
"workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | authority list|callback | risk names list|add|remove | risk check ID": "workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | authority list|callback | risk names list|add|remove | risk check ID",
"No approved source: an administrator approves one first": "承認済みの情報源がありません。先に管理者が承認してください",
"✘ Not recorded: %1": "✘ 記録していません: %1",
"✔ Call-back #%1 recorded.": "✔ コールバック #%1 を記録しました。",
"A call-back record needs the number or address used, where in the verified source it was found, the date and time, and the person reached.": "コールバックの記録には、使った番号またはアドレス、確認済み情報源内の掲載箇所、日時、応対者が必要です。",
"A field of the call-back record is too long.": "コールバック記録の項目が長すぎます。",
"The number or address must come from an approved Reliable Data Source (CP 3.2.5).": "番号またはアドレスは承認済みの信頼できるデータソースから取ったものでなければなりません（CP 3.2.5）。",
"The call-back must have taken place between the application's arrival and now.": "コールバックは申請の受付から現在までの間に行われたものでなければなりません。",
"This is the contact the application gave: a call-back must use a number or address taken from a verified source, not from the application (CP 3.2.5).": "これは申請書に記載の連絡先です。コールバックには申請書ではなく確認済みの情報源から取った番号またはアドレスを使ってください（CP 3.2.5）。",
"Call-back to %1 (%2): %3": "%1 へのコールバック（%2）: %3",
"Call-back not recorded: %1": "コールバックを記録していません: %1",
}
JA["There is no check %1."] = "チェック %1 はありません。"
JA["The certificate cannot be approved: %1"] = "この証明書は承認できません: %1"
JA["%n lint error(s)."] = "リントエラー %n 件。"
JA["%1 has no approval key; an administrator must re-create the account."] = "%1 には承認鍵がありません。管理者がアカウントを作り直す必要があります。"
JA["Your approval key could not be used."] = "承認鍵を使用できませんでした。"
JA["The password does not open your approval key."] = "このパスワードでは承認鍵を開けません。"
JA["The PIN must be split among at least two custodians."] = "PIN は 2 名以上の鍵管理者に分割する必要があります。"
JA["The CA certificate could not be made (%1)."] = "CA 証明書を作成できませんでした (%1)。"
JA["This workspace has no CA yet: run `ra-cli ca init` first."] = "このワークスペースにはまだ CA がありません。先に `ra-cli ca init` を実行してください。"
JA["This workspace has a CA already."] = "このワークスペースには既に CA があります。"
JA["SoftHSM2 is not installed (Debian package softhsm2)."] = "SoftHSM2 がインストールされていません (Debian パッケージ softhsm2)。"
JA["Application %1 has its certificate already (serial %2)."] = "申請 %1 の証明書は既に発行済みです (シリアル %2)。"
JA["Application %1 is not approved for issuance (it is %2)."] = "申請 %1 は発行が承認されていません (現在: %2)。"
JA["The approvals do not cover the certificate content on record (R-APR-2)."] = "承認が記録上の証明書内容を対象としていません (R-APR-2)。"
JA["The HSM has no free slot for a new token."] = "HSM に新しいトークン用の空きスロットがありません。"
JA["The token could not be initialised."] = "トークンを初期化できませんでした。"
JA["The token's user PIN could not be set."] = "トークンのユーザー PIN を設定できませんでした。"
JA["The token's PIN could not be changed."] = "トークンの PIN を変更できませんでした。"
JA["The HSM could not generate the key pair."] = "HSM で鍵ペアを生成できませんでした。"
JA["The key is not on the token."] = "その鍵はトークンにありません。"
JA["Only a supervisor may revoke a certificate."] = "証明書を失効できるのは監督者のみです。"
JA["\"%1\" is not a revocation reason of this CA; use one of: %2 (CP 7.2.2; certificateHold is never used)."] = "「%1」はこの CA の失効理由ではありません。次のいずれかを使用してください: %2 (CP 7.2.2。certificateHold は使用しません)。"
JA["No issued certificate has serial %1."] = "シリアル %1 の発行済み証明書はありません。"
JA["Certificate %1 was revoked already (%2)."] = "証明書 %1 は既に失効しています (%2)。"
JA["\"%1\" is not a serial number in hex."] = "「%1」は 16 進数のシリアル番号ではありません。"
JA["This check is run by the tool, not recorded by hand."] = "このチェックはツールが実行するもので、手動では記録しません。"
JA["Only the officer validating this application records its checks."] = "この申請のチェックを記録できるのは審査担当の RA 担当者のみです。"
JA["Checks are recorded while the application is in review."] = "チェックは申請が審査中の間に記録します。"
JA["The CA key or the CA certificate is missing."] = "CA 鍵または CA 証明書がありません。"
JA["The CA certificate does not certify the key in the token."] = "CA 証明書はトークン内の鍵を証明していません。"
JA["The CA key is not activated: two Key Custodians must activate it."] = "CA 鍵が活性化されていません。2 名の鍵管理者が活性化する必要があります。"
JA["The HSM failed while signing (token removed, session closed or module error); nothing was signed. Activate the CA key again."] = "署名中に HSM が失敗しました (トークンの取り外し、セッション終了またはモジュールのエラー)。何も署名されていません。CA 鍵を再度活性化してください。"
JA["The certificate to sign cannot be read."] = "署名する証明書を読み取れません。"
JA["%1 validated this application and cannot also approve it (R-ROLE-2)."] = "%1 はこの申請を審査したため、承認することはできません (R-ROLE-2)。"
JA["The approval by %1 does not cover this exact certificate content; the content changed after approval or the approval was altered (R-APR-2)."] = "%1 の承認はこの証明書内容そのものを対象としていません。承認後に内容が変更されたか、承認が改ざんされています (R-APR-2)。"
JA["%1 approval(s) by different supervisors are needed; %2 verify."] = "異なる監督者による承認が %1 件必要ですが、検証できたのは %2 件です。"
JA["The certificate's issuer is not this CA's subject."] = "証明書の発行者がこの CA のサブジェクトではありません。"
JA["The certificate's authority key identifier is not this CA's."] = "証明書の機関鍵識別子がこの CA のものではありません。"
JA["The approved content has notBefore %1, not within %2 hours before now: it must be approved again."] = "承認された内容の notBefore は %1 で、現在から %2 時間以内ではありません。再度承認が必要です。"
JA["The certificate does not pass the linter; nothing was signed."] = "証明書がリントを通過しないため、何も署名していません。"
JA["The precertificate could not be built."] = "プレ証明書を作成できませんでした。"
JA["The signed certificate does not match what was approved; it is not released."] = "署名した証明書が承認内容と一致しないため、発行しません。"
JA["The OCSP responder certificate does not pass the linter (CP table 7.1-2)."] = "OCSP レスポンダ証明書がリントを通過しません (CP 表 7.1-2)。"
JA["nextUpdate must come after thisUpdate and at most 10 days later (CP table 7.2-1)."] = "nextUpdate は thisUpdate より後で、かつ 10 日以内である必要があります (CP 表 7.2-1)。"
JA["The CRL could not be built."] = "CRL を作成できませんでした。"
JA["An OCSP response must be valid between 8 hours and 10 days (CP 4.9.10)."] = "OCSP 応答の有効期間は 8 時間から 10 日の間である必要があります (CP 4.9.10)。"
JA["The OCSP responder key or certificate is missing."] = "OCSP レスポンダの鍵または証明書がありません。"
JA["\"good\" is only ever said of a certificate this CA issued."] = "「good」はこの CA が発行した証明書についてのみ応答します。"
JA["The OCSP response could not be built."] = "OCSP 応答を作成できませんでした。"
JA["The certificate records cannot be read or written."] = "証明書の記録を読み書きできません。"
JA["No certificate has serial %1."] = "シリアル %1 の証明書はありません。"
JA["Completed the interrupted issuance of certificate %1 (application %2)."] = "中断していた証明書 %1 の発行を完了しました (申請 %2)。"
JA["Usage: ra-cli ca init --demo | ca activate | ca chain | ca split-pin [--custodians A,B,C]"] = "使い方: ra-cli ca init --demo | ca activate | ca chain | ca split-pin [--custodians A,B,C]"
JA["Only the demo CA can be created here: ra-cli ca init --demo --as ADMIN. A production CA brings its keys and certificates from its own key ceremony."] = "ここで作成できるのはデモ CA のみです: ra-cli ca init --demo --as ADMIN。本番 CA の鍵と証明書はそれ自体の鍵生成式典で作成します。"
JA["Only an administrator may set up the CA."] = "CA を設定できるのは管理者のみです。"
JA["Add at least two Key Custodians before setting up the CA."] = "CA を設定する前に、鍵管理者を 2 名以上追加してください。"
JA["Demo CA created. Give each Key Custodian their PIN share, privately:"] = "デモ CA を作成しました。各鍵管理者に PIN シェアを個別に渡してください:"
JA["The token has a new PIN; the old shares no longer work. New shares, one per custodian:"] = "トークンの PIN を更新しました。以前のシェアは使用できません。新しいシェア (鍵管理者ごとに 1 つ):"
JA["Usage: ra-cli approve ID --as SUPERVISOR"] = "使い方: ra-cli approve ID --as 監督者"
JA["Approved the certificate content %1 (serial %2); application %3 has %4 of %5 approvals and is now %6."] = "証明書内容 %1 (シリアル %2) を承認しました。申請 %3 の承認は %5 件中 %4 件で、現在の状態は %6 です。"
JA["Usage: ra-cli issue ID [--out FILE]  (two Key Custodians on stdin)"] = "使い方: ra-cli issue ID [--out ファイル]  (2 名の鍵管理者を標準入力から)"
JA["Certificate %1 issued for application %2."] = "申請 %2 の証明書 %1 を発行しました。"
JA["Usage: ra-cli cert list | cert show SERIAL [--pem]"] = "使い方: ra-cli cert list | cert show シリアル [--pem]"
JA["revoked"] = "失効"
JA["Certificate %1 has not been issued."] = "証明書 %1 は発行されていません。"
JA["Usage: ra-cli revoke SERIAL --reason %1 --as SUPERVISOR"] = "使い方: ra-cli revoke シリアル --reason %1 --as 監督者"
JA["Certificate %1 is revoked; the next CRL and OCSP responses say so."] = "証明書 %1 を失効しました。次の CRL と OCSP 応答に反映されます。"
JA["Usage: ra-cli crl generate --out FILE  (two Key Custodians on stdin)"] = "使い方: ra-cli crl generate --out ファイル  (2 名の鍵管理者を標準入力から)"
JA["CRL number %1 with %2 entries, valid until %3, written to %4 (DER)."] = "CRL 番号 %1 (エントリ %2 件、%3 まで有効) を %4 に書き出しました (DER)。"
JA["Usage: ra-cli ocsp sign --out DIR [--serial HEX ...]  (two Key Custodians on stdin)"] = "使い方: ra-cli ocsp sign --out フォルダ [--serial 16進数 ...]  (2 名の鍵管理者を標準入力から)"
JA["%1 cannot be created."] = "%1 を作成できません。"
JA["%1 OCSP response(s) written to %2."] = "OCSP 応答 %1 件を %2 に書き出しました。"
JA["With ocsp sign: also answer for this serial (hex); repeatable."] = "ocsp sign で、このシリアル (16 進数) についても応答を作成します (複数指定可)。"
JA["HEX"] = "16進数"
JA["With cert show: the certificate as PEM."] = "cert show で、証明書を PEM で出力します。"
JA["With ca split-pin: who gets a share (comma-separated user names)."] = "ca split-pin で、シェアを受け取る人 (カンマ区切りのユーザー名)。"
JA["NAMES"] = "名前"
JA["workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | totp code"] = "workspace init フォルダ | user add|list|disable|reset-totp | import パッケージ | app list|show|take|return|reject | approve ID | audit verify|export | csr check ファイル | blocklist import ファイル | lint ファイル | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show シリアル | revoke シリアル | crl generate | ocsp sign | totp code"
JA["%n issuance(s) were interrupted; the next signing command completes them."] = "中断された発行が %n 件あります。次の署名コマンドで完了します。"
JA["Certificate content fixed for approval (serial %1)"] = "承認対象の証明書内容を確定 (シリアル %1)"
JA["Issuance started: serial %1 reserved"] = "発行開始: シリアル %1 を予約"
JA["Precertificate signed (serial %1)"] = "プレ証明書に署名 (シリアル %1)"
JA["Certificate %1 issued"] = "証明書 %1 を発行"
JA["Issuance failed: %1"] = "発行失敗: %1"
JA["Serial %1 retired unused (%2)"] = "シリアル %1 を未使用のまま廃止 (%2)"
JA["Certificate %1 revoked (%2)"] = "証明書 %1 を失効 (%2)"
JA["Check %1: %2"] = "チェック %1: %2"
JA["Approve…"] = "承認…"
JA["Issue certificate…"] = "証明書を発行…"
JA["Certificate %1, revoked %2"] = "証明書 %1、%2 に失効"
JA["Certificate %1, valid until %2"] = "証明書 %1、%2 まで有効"
JA["Save certificate…"] = "証明書を保存…"
JA["Save certificate"] = "証明書を保存"
JA["Approve application %1"] = "申請 %1 の承認"
JA["<p>The content the first approval fixed:</p><p>Serial <tt>%1</tt><br>Valid %2 – %3<br>SHA-256 of the tbsCertificate <tt>%4</tt></p>"] = "<p>最初の承認で確定した内容:</p><p>シリアル <tt>%1</tt><br>有効期間 %2 – %3<br>tbsCertificate の SHA-256 <tt>%4</tt></p>"
JA["<p>Subject %1<br>Names %2<br>Valid from now until %3<br>Lint errors: %4</p><p>Approving fixes this content (serial, validity, every field).</p>"] = "<p>サブジェクト %1<br>名前 %2<br>有効期間 現在から %3 まで<br>リントエラー: %4</p><p>承認するとこの内容 (シリアル、有効期間、すべての項目) が確定します。</p>"
JA["<p>The certificate cannot be built: %1</p>"] = "<p>証明書を作成できません: %1</p>"
JA["<p>You approve the issuance of exactly this certificate (CP 5.2.2, 6.2.2). Your approval is signed with your own key over its SHA-256 digest; any later change to the content voids it.</p>"] = "<p>この証明書そのものの発行を承認します (CP 5.2.2、6.2.2)。承認はその SHA-256 ダイジェストに対してあなた自身の鍵で署名され、後で内容が変わると無効になります。</p>"
JA["Your password"] = "パスワード"
JA["Your one-time code, now"] = "現在のワンタイムコード"
JA["Approve and sign"] = "承認して署名"
JA["✘ Not approved: %1"] = "✘ 承認されませんでした: %1"
JA["Issue certificate"] = "証明書の発行"
JA["Certificate issued for application %1."] = "申請 %1 の証明書を発行しました。"
JA["A certificate of the chain cannot be read."] = "チェーンの証明書を読み取れません。"
JA["The issuing CA certificate is not a CA certified by the root."] = "発行 CA 証明書が、ルートにより証明された CA ではありません。"
JA["The OCSP responder certificate is not issued by the issuing CA for OCSP signing."] = "OCSP レスポンダ証明書が、発行 CA により OCSP 署名用に発行されたものではありません。"
JA["Name the PKCS#11 module and token in workspace.ini [hsm] first."] = "先に workspace.ini の [hsm] で PKCS#11 モジュールとトークンを指定してください。"
JA["Expected the issuing CA and root certificates (in that order) and one OCSP responder certificate, in PEM."] = "発行 CA 証明書とルート証明書 (この順) および OCSP レスポンダ証明書 1 枚を PEM で指定してください。"
JA["The OCSP responder certificate does not follow CP table 7.1-2; run ra-cli lint --profile ocsp-responder on it."] = "OCSP レスポンダ証明書が CP 表 7.1-2 に従っていません。ra-cli lint --profile ocsp-responder で確認してください。"
JA["The %1 certificate does not certify the key \"%2\" in the token."] = "%1 の証明書は、トークン内の鍵「%2」を証明していません。"
JA["Usage: ra-cli ca init --demo|--chain FILE --ocsp-cert FILE | ca activate | ca chain | ca split-pin [--custodians A,B,C]"] = "使い方: ra-cli ca init --demo|--chain ファイル --ocsp-cert ファイル | ca activate | ca chain | ca split-pin [--custodians A,B,C]"
JA["Usage: ra-cli ca init --demo --as ADMIN (a demo CA in a new SoftHSM2 token), or ra-cli ca init --chain FILE --ocsp-cert FILE --as ADMIN (register a CA whose keys are in the HSM named in workspace.ini [hsm])."] = "使い方: ra-cli ca init --demo --as 管理者 (新しい SoftHSM2 トークンにデモ CA を作成)、または ra-cli ca init --chain ファイル --ocsp-cert ファイル --as 管理者 (workspace.ini の [hsm] で指定した HSM に鍵がある CA を登録)。"
JA["The certificate files cannot be read."] = "証明書ファイルを読み取れません。"
JA["The CA is registered; its keys stay in the HSM."] = "CA を登録しました。鍵は HSM 内に留まります。"
JA["With ca init: the issuing CA and root certificates (PEM, in that order)."] = "ca init で、発行 CA 証明書とルート証明書 (PEM、この順)。"
JA["With ca init: the OCSP responder certificate (PEM)."] = "ca init で、OCSP レスポンダ証明書 (PEM)。"
JA["The certificate content changed since it was shown; look at it again."] = "表示後に証明書の内容が変わりました。もう一度確認してください。"
JA["You approve the issuance of exactly this certificate (CP 5.2.2, 6.2.2). Your approval is signed with your own key over its SHA-256 digest; any later change to the content voids it."] = "この証明書そのものの発行を承認します (CP 5.2.2、6.2.2)。承認はその SHA-256 ダイジェストに対してあなた自身の鍵で署名され、後で内容が変わると無効になります。"
JA["Your password (opens your approval key)"] = "パスワード (承認鍵を開きます)"
JA["Send back…"] = "差し戻し…"
JA["The certificate"] = "証明書"
JA["✘ It cannot be approved: %1"] = "✘ 承認できません: %1"
JA["Serial"] = "シリアル"
JA["Validity (UTC)"] = "有効期間 (UTC)"
JA["%1 to %2"] = "%1 から %2"
JA["SHA-256 of the tbsCertificate"] = "tbsCertificate の SHA-256"
JA["Extensions"] = "拡張"
JA["✔ Passes all %1 lints"] = "✔ %1 件のリントをすべて通過"
JA["✘ %1 lint error(s)"] = "✘ リントエラー %1 件"
JA["Checks and who decided them"] = "チェックと判断者"
JA["Policy"] = "ポリシー"
JA["What must the officer look at again? (recorded in the audit log)"] = "RA 担当者に何を再確認してもらいますか? (監査ログに記録されます)"
JA["✘ Not sent back: %1"] = "✘ 差し戻せませんでした: %1"

JA["The record set has the critical property \"%1\", which this CA does not know: issuance is forbidden (RFC 8659 4.1)."] = "レコードセットに、この CA が認識しないクリティカルなプロパティ「%1」があります。発行は禁止されます (RFC 8659 4.1)。"
JA["The record set has no issue property: any CA may issue."] = "レコードセットに issue プロパティがありません。どの CA も発行できます。"
JA["\"%1 %2\" authorizes %3."] = "「%1 %2」は %3 を認可しています。"
JA["No %1 property names %2; issuance is not authorized."] = "%2 を指定する %1 プロパティがありません。発行は認可されていません。"
JA["DNSSEC validation failed (bogus) for %1: never counted as permission (R-CAA-2)."] = "%1 の DNSSEC 検証に失敗しました (bogus)。許可とはみなしません (R-CAA-2)。"
JA["The CAA lookup for %1 failed outside our infrastructure after %2 attempts and the zone is DNSSEC-insecure: treated as permission (R-CAA-2)."] = "%1 の CAA 検索は当方の基盤外で %2 回失敗し、ゾーンは DNSSEC 非署名 (insecure) です。許可として扱います (R-CAA-2)。"
JA["The CAA lookup for %1 failed (%2); issuance is blocked until it succeeds (R-CAA-2)."] = "%1 の CAA 検索に失敗しました (%2)。成功するまで発行できません (R-CAA-2)。"
JA["No CAA record set up to the top-level domain: any CA may issue."] = "トップレベルドメインまで CAA レコードセットがありません。どの CA も発行できます。"
JA["Knot DNS is not installed (Debian package knot)."] = "Knot DNS がインストールされていません (Debian パッケージ knot)。"
JA["The lab's DNS server refused a command."] = "ラボの DNS サーバーがコマンドを拒否しました。"
JA["The lab's DNS server runs already (PID %1)."] = "ラボの DNS サーバーは既に動作しています (PID %1)。"
JA["Port %1 on 127.0.0.1 is in use; choose another with --port."] = "127.0.0.1 のポート %1 は使用中です。--port で別のポートを指定してください。"
JA["The lab's zone cannot be written to %1."] = "ラボのゾーンを %1 に書き込めません。"
JA["The lab's DNS server did not start; see %1."] = "ラボの DNS サーバーが起動しませんでした。%1 を確認してください。"
JA["The lab's DNS server (PID %1) did not stop."] = "ラボの DNS サーバー (PID %1) が停止しませんでした。"
JA["With caa check: forward queries to this resolver (the lab: 127.0.0.1@53535)."] = "caa check で、問い合わせをこのリゾルバに転送します (ラボ: 127.0.0.1@53535)。"
JA["ADDR@PORT"] = "アドレス@ポート"
JA["With caa check: the CA's issuer domain (default secomtrust.net, CP 4.2.4)."] = "caa check で、CA の発行者ドメイン (既定は secomtrust.net、CP 4.2.4)。"
JA["DOMAIN"] = "ドメイン"
JA["With lab: its folder (default $RA_LAB_DIR, else ~/ra-lab)."] = "lab で、そのフォルダ (既定は $RA_LAB_DIR、なければ ~/ra-lab)。"
JA["With lab start: the DNS port (default 53535)."] = "lab start で、DNS のポート (既定は 53535)。"
JA["PORT"] = "ポート"
JA["workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | lab start|stop|status | totp code"] = "workspace init フォルダ | user add|list|disable|reset-totp | import パッケージ | app list|show|take|return|reject | approve ID | audit verify|export | csr check ファイル | blocklist import ファイル | lint ファイル | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show シリアル | revoke シリアル | crl generate | ocsp sign | caa check FQDN | lab start|stop|status | totp code"
JA["Usage: ra-cli caa check FQDN [--resolver ADDR@PORT] [--issuer DOMAIN]"] = "使い方: ra-cli caa check FQDN [--resolver アドレス@ポート] [--issuer ドメイン]"
JA["Usage: ra-cli lab start|stop|status [--lab-dir DIR] [--port PORT]"] = "使い方: ra-cli lab start|stop|status [--lab-dir フォルダ] [--port ポート]"
JA["Lab DNS (Knot) runs; resolver %1."] = "ラボの DNS (Knot) が動作中です。リゾルバ %1。"
JA["Lab DNS is stopped."] = "ラボの DNS は停止しています。"
JA["Multi-perspective corroboration is not required on %1."] = "%1 時点ではマルチパースペクティブによる裏付けは必要ありません。"
JA["%1 remote perspective(s) answered; %2 are required on %3 (CP 3.2.2.9)."] = "リモートパースペクティブの応答は %1 件です。%3 時点では %2 件必要です (CP 3.2.2.9)。"
JA["Quorum is not enforced yet on %1; %2 of %3 remote perspectives corroborate."] = "%1 時点ではクォーラムはまだ適用されません。リモートパースペクティブ %3 件中 %2 件が裏付けています。"
JA["%1 of %2 remote perspectives did not corroborate; at most %3 may (CP table 3.2.2.9-1)."] = "リモートパースペクティブ %2 件中 %1 件が裏付けませんでした。許容は最大 %3 件です (CP 表 3.2.2.9-1)。"
JA["The corroborating perspectives span %1 RIR(s); at least %2 are required (CP 3.2.2.9)."] = "裏付けたパースペクティブの RIR は %1 件です。少なくとも %2 件必要です (CP 3.2.2.9)。"
JA["%1 of %2 remote perspectives corroborate, from %3."] = "リモートパースペクティブ %2 件中 %1 件が裏付けています (%3)。"
JA["%1 is not %2 or one of its parent domains."] = "%1 は %2 でもその親ドメインでもありません。"
JA["%1 is a public suffix and cannot be an Authorization Domain Name (CP 3.2.2.4)."] = "%1 はパブリックサフィックスのため、認可ドメイン名にはできません (CP 3.2.2.4)。"
JA["The prefix must be one label that begins with an underscore."] = "接頭辞はアンダースコアで始まる 1 つのラベルである必要があります。"
JA["The validation records cannot be read or written."] = "検証の記録を読み書きできません。"
JA["Only the officer validating this application, while it is in review, validates its domains."] = "この申請のドメインを検証できるのは、審査中の間、その申請を審査している RA 担当者のみです。"
JA["There is no validation attempt %1."] = "検証の試行 %1 はありません。"
JA["%1 is not one of the names this application requests."] = "%1 はこの申請が求める名前ではありません。"
JA["Only the DNS change method (%1) can be used so far."] = "現在使用できるのは DNS 変更による方法 (%1) のみです。"
JA["The random value expired on %1; start a new attempt."] = "ランダム値は %1 に期限切れになりました。新しい試行を開始してください。"
JA["The lab serves no zone for %1."] = "ラボは %1 のゾーンを提供していません。"
JA["With dcv start: the validation method (dns-change)."] = "dcv start で、検証方法 (dns-change)。"
JA["METHOD"] = "方法"
JA["With dcv start: the Authorization Domain Name (default: the FQDN)."] = "dcv start で、認可ドメイン名 (既定は FQDN)。"
JA["With dcv start: an underscore label in front of the ADN."] = "dcv start で、認可ドメイン名の前に付けるアンダースコアのラベル。"
JA["LABEL"] = "ラベル"
JA["workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status | totp code"] = "workspace init フォルダ | user add|list|disable|reset-totp | import パッケージ | app list|show|take|return|reject | approve ID | audit verify|export | csr check ファイル | blocklist import ファイル | lint ファイル | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show シリアル | revoke シリアル | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status | totp code"
JA["Usage: ra-cli dcv start APPLICATION FQDN [--method dns-change] [--adn ADN] [--label _LABEL] --as OFFICER | dcv check ATTEMPT [--resolver ADDR@PORT] --as OFFICER | dcv status APPLICATION"] = "使い方: ra-cli dcv start 申請 FQDN [--method dns-change] [--adn 認可ドメイン名] [--label _ラベル] --as RA担当者 | dcv check 試行 [--resolver アドレス@ポート] --as RA担当者 | dcv status 申請"
JA["Unknown validation method: %1"] = "不明な検証方法: %1"
JA["Attempt %1: the applicant publishes a TXT record at %2 with the text %3 (valid until %4), then run ra-cli dcv check %1."] = "試行 %1: 申請者が %2 に値 %3 の TXT レコードを公開したら (%4 まで有効)、ra-cli dcv check %1 を実行してください。"
JA["Attempt %1 for %2: %3 (seen: %4)."] = "%2 の試行 %1: %3 (観測: %4)。"
JA["Attempt %1 is decided (%2); start a new attempt to validate %3 again."] = "試行 %1 は決定済みです (%2)。%3 を再度検証するには新しい試行を開始してください。"
JA["Every name validated, corroborated."] = "すべての名前が検証され、裏付けられました。"
JA["Not validated yet: %1."] = "未検証: %1。"
JA["CAA forbids issuance for %1 (CP 3.2.2.8)."] = "CAA により %1 への発行は禁止されています (CP 3.2.2.8)。"
JA["CAA allows every name, corroborated."] = "CAA はすべての名前への発行を許可し、裏付けられました。"
JA["No current, corroborated CAA permission for %1."] = "%1 について有効で裏付けのある CAA 許可がありません。"
JA["Remote perspectives corroborated every validation and CAA check."] = "リモート視点がすべての検証と CAA 確認を裏付けました。"
JA["Waiting for corroborated validation and CAA of every name."] = "すべての名前について裏付けのある検証と CAA を待っています。"
JA["Primary"] = "プライマリ"
JA["Corroborates"] = "裏付けあり"
JA["Saw something else"] = "別の値を観測"
JA["Failed or timed out"] = "失敗またはタイムアウト"
JA["Asking…"] = "問い合わせ中…"
JA["DNSSEC: secure"] = "DNSSEC: 安全 (secure)"
JA["DNSSEC: insecure (unsigned)"] = "DNSSEC: 非署名 (insecure)"
JA["DNSSEC: bogus (validation failed)"] = "DNSSEC: 不正 (検証失敗)"
JA["DNSSEC: not validated"] = "DNSSEC: 未検証"
JA["The lab's perspectives run already (%1)."] = "ラボの視点はすでに動作しています (%1)。"
JA["ra-perspective is not installed or built."] = "ra-perspective がインストールもビルドもされていません。"
JA["Port %1 on 127.0.0.1 (perspective %2) is in use; choose others with --perspective-port."] = "127.0.0.1 のポート %1 (視点 %2) は使用中です。--perspective-port で別のポートを選んでください。"
JA["Perspective %1 did not start."] = "視点 %1 が起動しませんでした。"
JA["Perspective %1 did not start; see %2."] = "視点 %1 が起動しませんでした。%2 を参照してください。"
JA["Perspective %1 (PID %2) did not stop."] = "視点 %1 (PID %2) が停止しませんでした。"
JA["The validation evidence cannot be read or written."] = "検証の証跡を読み書きできません。"
JA["The perspectives' TLS certificate could not be made (%1)."] = "視点用の TLS 証明書を作成できませんでした (%1)。"
JA["With lab: its folder (default $RA_LAB_DIR, else WORKSPACE/lab)."] = "lab と共に: そのフォルダ (既定は $RA_LAB_DIR、なければ ワークスペース/lab)。"
JA["With lab start: the first of six perspective ports (default 47001)."] = "lab start と共に: 6 つの視点ポートの先頭 (既定 47001)。"
JA["With caa check: record the check as evidence for this application."] = "caa check と共に: 確認をこの申請の証跡として記録します。"
JA["Usage: ra-cli caa check FQDN [--resolver ADDR@PORT] [--issuer DOMAIN] | caa check FQDN --application ID --as OFFICER"] = "使い方: ra-cli caa check FQDN [--resolver アドレス@ポート] [--issuer ドメイン] | caa check FQDN --application ID --as RA担当者"
JA["%1: %2 — %3\n%4 Valid until %5."] = "%1: %2 — %3\n%4 有効期限 %5。"
JA["Attempt %1 for %2: %3 (primary saw: %4).\n%5"] = "%2 の試行 %1: %3 (プライマリの観測: %4)。\n%5"
JA["Usage: ra-cli lab start|stop|status [--lab-dir DIR] [--port PORT] [--perspective-port PORT]"] = "使い方: ra-cli lab start|stop|status [--lab-dir フォルダ] [--port ポート] [--perspective-port ポート]"
JA["There is no workspace at %1; the lab enrolls its perspectives there (ra-cli workspace init)."] = "%1 にワークスペースがありません。ラボはそこに視点を登録します (ra-cli workspace init)。"
JA["No perspective runs."] = "動作中の視点はありません。"
JA["Perspectives running: %1."] = "動作中の視点: %1。"
JA["Validation of %1 started (%2, attempt %3)"] = "%1 の検証を開始 (%2、試行 %3)"
JA["Validation of %1 checked: %2 (%3)"] = "%1 の検証を確認: %2 (%3)"
JA["CAA of %1: %2 (%3)"] = "%1 の CAA: %2 (%3)"
JA["Validation (CP 3.2.2.4)"] = "検証 (CP 3.2.2.4)"
JA["Random value"] = "ランダム値"
JA["Expires"] = "有効期限"
JA["CAA (CP 3.2.2.8)"] = "CAA (CP 3.2.2.8)"
JA["&Start validation…"] = "検証を開始(&S)…"
JA["Check the &DNS record"] = "DNS レコードを確認(&D)"
JA["Check C&AA"] = "CAA を確認(&A)"
JA["The selected name"] = "選択した名前"
JA["&Copy random value"] = "ランダム値をコピー(&C)"
JA["<b>Network perspectives</b> (CP 3.2.2.9)"] = "<b>ネットワーク視点</b> (CP 3.2.2.9)"
JA["Perspective"] = "視点"
JA["Region"] = "地域"
JA["RIR"] = "RIR"
JA["Outcome"] = "結果"
JA["Observed"] = "観測内容"
JA["Time"] = "時間"
JA["expired"] = "期限切れ"
JA["%1 (%2 days left)"] = "%1 (残り %2 日)"
JA["Not started"] = "未開始"
JA["allowed until %1"] = "%1 まで許可"
JA["%1, %2"] = "%1、%2"
JA["stale"] = "期限切れ"
JA["not corroborated"] = "裏付けなし"
JA["Not checked"] = "未確認"
JA["<b>%1</b>, attempt %2 (%3): the applicant publishes a TXT record at <b>%4</b> whose text is <b><tt>%5</tt></b>, before %6. Status: %7.<br>Last seen: %8"] = "<b>%1</b>、試行 %2 (%3): 申請者は %6 までに <b>%4</b> に値 <b><tt>%5</tt></b> の TXT レコードを公開します。状態: %7。<br>最後の観測: %8"
JA["nothing yet"] = "まだありません"
JA["No validation started for <b>%1</b>."] = "<b>%1</b> の検証は開始されていません。"
JA["CAA %1 at %2: %3<br>Relevant record set at %4: %5<br>%6 · TTL %7 s · good until %8"] = "CAA %1 (%2): %3<br>%4 の関連レコードセット: %5<br>%6 · TTL %7 秒 · %8 まで有効"
JA["(none)"] = "(なし)"
JA["(empty)"] = "(空)"
JA["CAA not checked yet."] = "CAA はまだ確認されていません。"
JA["CAA: %1"] = "CAA: %1"
JA["DNS record: %1"] = "DNS レコード: %1"
JA["%1 ms"] = "%1 ミリ秒"
JA["Answered"] = "応答あり"
JA["Start validation of %1"] = "%1 の検証を開始"
JA["Not available in this version."] = "このバージョンでは利用できません。"
JA["&Method:"] = "方法(&M):"
JA["&Authorization Domain Name:"] = "認可ドメイン名(&A):"
JA["&Underscore label (optional):"] = "アンダースコアラベル (任意)(&U):"
JA["Domain validation"] = "ドメイン検証"
JA["Asking %1 perspectives…"] = "%1 の視点に問い合わせ中…"
JA["%1 of %2 perspectives answered…"] = "%2 の視点のうち %1 が応答…"
JA["Done in %1 ms."] = "%1 ミリ秒で完了。"
JA["Usage: ra-cli dcv start APPLICATION FQDN [--method dns-change] [--adn ADN] [--label _LABEL] --as OFFICER | dcv check ATTEMPT --as OFFICER | dcv status APPLICATION"] = "使い方: ra-cli dcv start 申請 FQDN [--method dns-change] [--adn 認可ドメイン名] [--label _ラベル] --as RA担当者 | dcv check 試行 --as RA担当者 | dcv status 申請"
JA["The agent's certificate names %1, not this perspective."] = "エージェントの証明書は %1 を示しており、この視点ではありません。"
JA["The agent's answer is unreadable."] = "エージェントの応答を読み取れません。"
JA["The agent answered for another perspective or attempt."] = "エージェントは別の視点または試行について応答しました。"
JA["The workstation's perspective certificate, key or authority cannot be read."] = "ワークステーションの視点用証明書、鍵、または認証局を読み取れません。"
JA["The agent's answer is too large."] = "エージェントの応答が大きすぎます。"
JA["The perspective did not answer in time."] = "視点が時間内に応答しませんでした。"
JA["%1 cannot be written."] = "%1 に書き込めません。"
JA["workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code"] = "workspace init フォルダ | user add|list|disable|reset-totp | import パッケージ | app list|show|take|return|reject | approve ID | audit verify|export | csr check ファイル | blocklist import ファイル | lint ファイル | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show シリアル | revoke シリアル | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code"
JA["Usage: ra-cli lab start|stop|status [--lab-dir DIR] [--port PORT] [--perspective-port PORT] | lab set-record NAME TYPE [RDATA ...]"] = "使い方: ra-cli lab start|stop|status [--lab-dir フォルダ] [--port ポート] [--perspective-port ポート] | lab set-record 名前 型 [RDATA ...]"
JA["%1 %2 now: %3"] = "%1 %2 は現在: %3"
JA["CAA is checked again at issuance of approved applications only."] = "発行時の CAA 再確認は承認済みの申請に対してのみ行います。"
JA["CAA checked again for %1 at issuance: %2 %3 Nothing was signed (R-CAA-3)."] = "発行時に %1 の CAA を再確認しました: %2 %3 何も署名していません (R-CAA-3)。"
JA["No current CAA permission for %1: the check must be at most max(TTL, 8 hours) old at signing (R-CAA-3)."] = "%1 について有効な CAA 許可がありません。署名時に確認は max(TTL, 8 時間) 以内でなければなりません (R-CAA-3)。"
JA["Perspectives: %1/%2 online"] = "視点: %2 のうち %1 が応答"
JA["Every perspective answers."] = "すべての視点が応答しています。"
JA["Not answering: %1"] = "応答なし: %1"
JA["With caa check: the CA's issuer domain (default: the workspace's caa/issuer_domain, secomtrust.net unless configured; CP 4.2.4)."] = "caa check で、CA の発行者ドメイン (既定はワークスペースの caa/issuer_domain、設定がなければ secomtrust.net、CP 4.2.4)。"
JA["A wildcard name cannot be validated over HTTP (BR 3.2.2.4.18, 3.2.2.4.19); use the DNS change method."] = "ワイルドカード名は HTTP では検証できません（BR 3.2.2.4.18、3.2.2.4.19）。DNS 変更の方法を使ってください。"
JA["The HTTP methods validate %1 itself: no parent domain and no prefix (CP 3.2.2.4 items 6 and 7)."] = "HTTP による方法は %1 そのものを検証します。親ドメインも接頭ラベルも指定できません（CP 3.2.2.4 の 6 と 7）。"
JA["Redirect with status %1 refused: only 301, 302, 307 and 308 are followed (CP 3.2.2.4)."] = "ステータス %1 のリダイレクトは拒否しました。たどるのは 301、302、307、308 だけです（CP 3.2.2.4）。"
JA["Redirect to %1 refused: only http on port 80 and https on port 443 are followed (CP 3.2.2.4)."] = "%1 へのリダイレクトは拒否しました。たどるのはポート 80 の http とポート 443 の https だけです（CP 3.2.2.4）。"
JA["The email methods cannot be used yet; use %1, %2 or %3."] = "メールによる方法はまだ使えません。%1、%2 または %3 を使ってください。"
JA["The applicant places a file at %1 (or the same path over https) that contains %2, before %3."] = "申請者は %3 までに、%2 を含むファイルを %1（または https の同じパス）に置きます。"
JA["The applicant serves %1 over http on port 80 with exactly this body: %2, before %3."] = "申請者は %3 までに、%1 をポート 80 の http で、本文をちょうど %2 として提供します。"
JA["The applicant publishes a TXT record at %1 whose text is %2, before %3."] = "申請者は %3 までに、テキストが %2 の TXT レコードを %1 に公開します。"
JA["The key is not an RSA or EC P-256/P-384/P-521 public key."] = "この鍵は RSA または EC P-256/P-384/P-521 の公開鍵ではありません。"
JA["The lab's web server runs already (PID %1)."] = "ラボの Web サーバーはすでに動いています（PID %1）。"
JA["nginx is not installed (Debian package nginx)."] = "nginx がインストールされていません（Debian パッケージ nginx）。"
JA["Port 80 or 443 on %1 is in use or may not be used by this user; choose another address with --web-address."] = "%1 のポート 80 または 443 は使用中か、このユーザーでは使えません。--web-address で別のアドレスを選んでください。"
JA["The lab's web server did not start; see %1."] = "ラボの Web サーバーが起動しませんでした。%1 を見てください。"
JA["The lab's web server (PID %1) did not stop."] = "ラボの Web サーバー（PID %1）が停止しませんでした。"
JA["The lab's web server did not take the new configuration; see %1."] = "ラボの Web サーバーが新しい設定を読み込みませんでした。%1 を見てください。"
JA["%1 is not a URL the lab serves."] = "%1 はラボが提供する URL ではありません。"
JA["%1%2 is not a URL the lab serves."] = "%1%2 はラボが提供する URL ではありません。"
JA["With lab start: the loopback address whose ports 80 and 443 the lab's web server takes (default 127.0.0.80)."] = "lab start で：ラボの Web サーバーがポート 80 と 443 を使うループバックアドレス（既定 127.0.0.80）。"
JA["ADDRESS"] = "アドレス"
JA["Usage: ra-cli dcv start APPLICATION FQDN [--method dns-change|website-change|acme-http-01] [--adn ADN] [--label _LABEL] --as OFFICER | dcv check ATTEMPT --as OFFICER | dcv status APPLICATION"] = "使い方: ra-cli dcv start 申請 FQDN [--method dns-change|website-change|acme-http-01] [--adn ADN] [--label _ラベル] --as 担当者 | dcv check 試行 --as 担当者 | dcv status 申請"
JA["Attempt %1: %2 Then run ra-cli dcv check %1."] = "試行 %1：%2 そのあと ra-cli dcv check %1 を実行してください。"
JA["Usage: ra-cli lab start|stop|status [--lab-dir DIR] [--port PORT] [--perspective-port PORT] [--web-address ADDRESS] | lab set-record NAME TYPE [RDATA ...] | lab publish URL CONTENT"] = "使い方: ra-cli lab start|stop|status [--lab-dir フォルダー] [--port ポート] [--perspective-port ポート] [--web-address アドレス] | lab set-record 名前 タイプ [RDATA ...] | lab publish URL 内容"
JA["%1 now serves: %2"] = "%1 が提供する内容：%2"
JA["Lab web server (nginx) runs on %1, ports 80 and 443."] = "ラボの Web サーバー（nginx）が %1 のポート 80 と 443 で動いています。"
JA["Lab web server is stopped."] = "ラボの Web サーバーは停止しています。"
JA["&Check the validation"] = "検証を確認(&C)"
JA["Cop&y what to publish"] = "公開する値をコピー(&Y)"
JA["<b>%1</b>, attempt %2 (%3): %4<br>Status: %5. Last seen: %6"] = "<b>%1</b>、試行 %2（%3）：%4<br>状態：%5。最後に見えた内容：%6"
JA["Validation: %1"] = "検証：%1"
JA["This method cannot be used yet; use %1, %2, %3 or %4."] = "この方法はまだ使えません。%1、%2、%3 または %4 を使ってください。"
JA["The email methods take no prefix label."] = "メールによる方法では接頭ラベルは指定できません。"
JA["An email with its own random value goes to each of %1; the applicant replies to one of them keeping its value, before %2."] = "%1 のそれぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかに値を残したまま返信します。"
JA["The mail to %1 was not sent: %2"] = "%1 へのメールは送信されませんでした：%2"
JA["No mail relay is configured (workspace.ini [mail] relay and from)."] = "メールの中継サーバーが設定されていません（workspace.ini の [mail] relay と from）。"
JA["The lab's mail servers run already."] = "ラボのメールサーバーはすでに動いています。"
JA["aiosmtpd is not installed (Debian package python3-aiosmtpd)."] = "aiosmtpd がインストールされていません（Debian パッケージ python3-aiosmtpd）。"
JA["Port %1 on %2 is in use or may not be used by this user; choose another address with --web-address."] = "%2 のポート %1 は使用中か、このユーザーでは使えません。--web-address で別のアドレスを選んでください。"
JA["The lab's mail server did not start; see %1."] = "ラボのメールサーバーが起動しませんでした。%1 を見てください。"
JA["The lab's mail server (PID %1) did not stop."] = "ラボのメールサーバー（PID %1）が停止しませんでした。"
JA["No message for %1 has arrived in the lab."] = "%1 宛てのメッセージはラボに届いていません。"
JA["Usage: ra-cli dcv start APPLICATION FQDN [--method dns-change|website-change|acme-http-01|constructed-email] [--adn ADN] [--label _LABEL] --as OFFICER | dcv check ATTEMPT --as OFFICER | dcv status APPLICATION"] = "使い方: ra-cli dcv start 申請 FQDN [--method dns-change|website-change|acme-http-01|constructed-email] [--adn ADN] [--label _ラベル] --as 担当者 | dcv check 試行 --as 担当者 | dcv status 申請"
JA["Usage: ra-cli lab start|stop|status [--lab-dir DIR] [--port PORT] [--perspective-port PORT] [--web-address ADDRESS] | lab set-record NAME TYPE [RDATA ...] | lab publish URL CONTENT | lab reply ADDRESS"] = "使い方: ra-cli lab start|stop|status [--lab-dir フォルダー] [--port ポート] [--perspective-port ポート] [--web-address アドレス] | lab set-record 名前 タイプ [RDATA ...] | lab publish URL 内容 | lab reply アドレス"
JA["%1 replied to the newest message it received."] = "%1 が、受け取った最新のメッセージに返信しました。"
JA["The workspace's settings cannot be written."] = "ワークスペースの設定を書き込めません。"
JA["Lab mail (aiosmtpd) runs on %1, ports %2 and %3."] = "ラボのメール（aiosmtpd）が %1 のポート %2 と %3 で動いています。"
JA["Lab mail is stopped."] = "ラボのメールは停止しています。"
JA["An email with its own random value goes to each contactemail address of the CAA records of %1 that the perspectives confirm; the applicant replies to one of them keeping its value, before %2."] = "%1 の CAA レコードの contactemail のうち、視点が確認したアドレスそれぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかに値を残したまま返信します。"
JA["An email with its own random value goes to each address in the TXT records at %1 that the perspectives confirm; the applicant replies to one of them keeping its value, before %2."] = "%1 の TXT レコードのうち、視点が確認したアドレスそれぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかに値を残したまま返信します。"
JA["An email with its own random value goes to each Domain Contact of %1 the registry names (RDAP, else WHOIS); the applicant replies to one of them keeping its value, before %2."] = "レジストリ（RDAP、なければ WHOIS）が示す %1 のドメイン連絡先それぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかに値を残したまま返信します。"
JA["%1 is not a domain name."] = "%1 はドメイン名ではありません。"
JA["The lab's WHOIS server runs already."] = "ラボの WHOIS サーバーはすでに動いています。"
JA["Python 3 is not installed (Debian package python3)."] = "Python 3 がインストールされていません（Debian パッケージ python3）。"
JA["The lab's WHOIS server did not start; see %1."] = "ラボの WHOIS サーバーが起動しませんでした。%1 を見てください。"
JA["The lab's WHOIS server (PID %1) did not stop."] = "ラボの WHOIS サーバー（PID %1）が停止しませんでした。"
JA["Lab WHOIS runs on %1, port 43; RDAP on https://%2/."] = "ラボの WHOIS が %1 のポート 43 で、RDAP が https://%2/ で動いています。"
JA["Lab WHOIS is stopped."] = "ラボの WHOIS は停止しています。"
JA["%1 — reused from %2"] = "%1 — %2 から再利用"
JA["usable until %1"] = "%1 まで使用可"
JA["In use: %1 validation of %2 (%3 days old), usable until %4 under the reuse limit in force%5."] = "使用中：%2 の %1 による検証（%3 日経過）。現行の再利用期限により %4 まで使用できます%5。"
JA[", reused from %1"] = "（%1 から再利用）"
JA["%1: <tt>%2</tt>, %3, valid until %4"] = "%1：<tt>%2</tt>、%3、%4 まで有効"
JA["Issuer, seal and signature consistent with the issuing authority"] = "発行者、印影、署名が発行機関のものと整合している"
JA["Dates plausible and the document current"] = "日付に矛盾がなく、書類が最新である"
JA["Names, numbers and addresses agree with the application and evidence"] = "名称、番号、住所が申請書および証拠と一致している"
JA["No sign of alteration: fonts, alignment, overlays, erasures, file metadata"] = "改ざんの形跡がない（フォント、配置、貼り付け、消去、ファイルのメタデータ）"
JA["Document #%1 is not a current document of this application: only the version relied upon now can be replaced."] = "書類 #%1 はこの申請の現行の書類ではありません。差し替えできるのは現在依拠している版だけです。"
JA["There is no inspection check \"%1\" (or it is named twice)."] = "点検項目「%1」はありません（または重複しています）。"
JA["A check was not confirmed: say what was found."] = "確認できなかった項目があります。見つかった内容を記入してください。"
JA["The finding is too long."] = "所見が長すぎます。"
JA["%1 failed inspection #%2 by %3: %4"] = "%1 は点検 #%2（%3）で不合格: %4"
JA["%1 (inspection #%2 by %3)"] = "%1（点検 #%2、%3）"
JA["Not inspected yet: %1"] = "未点検: %1"
JA["Inspected: %1"] = "点検済み: %1"
JA["Document #%1 is not a current document of this application: only the version relied upon is inspected."] = "書類 #%1 はこの申請の現行の書類ではありません。点検するのは依拠している版だけです。"
JA["The stored file of %1 is missing or no longer matches its SHA-256: it cannot be inspected. Report it."] = "%1 の保存ファイルが見つからないか SHA-256 が一致しません。点検できません。報告してください。"
JA["%1 is not a readable file."] = "%1 は読み込めるファイルではありません。"
JA["Documents relied upon, every version (R-DOC-1, CP 3.2.2)"] = "依拠する書類（全版、R-DOC-1、CP 3.2.2）"
JA["Inspection"] = "点検"
JA["Inspect the selected document for alteration or falsification"] = "選択した書類の改ざん・偽造を点検"
JA["Tick what you confirmed; anything left unticked fails the inspection and needs a finding."] = "確認した項目にチェックしてください。チェックのない項目があれば不合格となり、所見が必要です。"
JA["&Finding"] = "所見(&F)"
JA["What was found, when a check did not hold"] = "確認できなかった項目について見つかった内容"
JA["Record the &inspection"] = "点検を記録(&I)"
JA["Re&place with a new version…"] = "新しい版に差し替え(&P)…"
JA["Document"] = "書類"
JA["Confirmed"] = "確認済み"
JA["Finding"] = "所見"
JA["The document \"%1\" is not what its name says (%2 by its content, %3 by its name): only PDF, PNG and JPEG documents are relied upon."] = "書類「%1」は名前と中身が一致しません（内容では %2、名前では %3）。依拠できるのは PDF、PNG、JPEG の書類だけです。"
JA["The documents cannot be read or written."] = "書類を読み書きできません。"
JA["workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | authority list|callback | doc list|inspect|replace | risk names list|add|remove | risk check ID"] = "workspace init DIR | user add|list|disable|reset-totp | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | authority list|callback | doc list|inspect|replace | risk names list|add|remove | risk check ID"
JA["Usage: ra-cli doc list APPLICATION | doc inspect APPLICATION DOCUMENT all|CHECK,CHECK… [--reason FINDING] --as OFFICER | doc replace APPLICATION DOCUMENT FILE --as OFFICER (checks: issuer, dates, content, unaltered)"] = "使い方: ra-cli doc list 申請 | doc inspect 申請 書類 all|項目,項目… [--reason 所見] --as 担当者 | doc replace 申請 書類 ファイル --as 担当者（項目: issuer, dates, content, unaltered）"
JA["uninspected"] = "未点検"
JA["passed"] = "合格"
JA["FAILED: %1"] = "不合格: %1"
JA["Document #%1 (%2) replaces #%3."] = "書類 #%1（%2）が #%3 を差し替えました。"
JA["Inspection #%1 of document #%2: passed."] = "書類 #%2 の点検 #%1: 合格。"
JA["Inspection #%1 of document #%2: FAILED (%3)."] = "書類 #%2 の点検 #%1: 不合格（%3）。"
JA["Document %1 inspected: %2"] = "書類 %1 を点検: %2"
JA["failed (%1)"] = "不合格（%1）"
JA["New version %1 of document #%2"] = "書類 #%2 の新しい版 %1"
JA["Document action refused: %1"] = "書類の操作を拒否: %1"
JA["current, replaces #%1"] = "現行（#%1 を差し替え）"
JA["current"] = "現行"
JA["replaced by #%1"] = "#%1 に差し替え済み"
JA["not inspected"] = "未点検"
JA["passed (#%1)"] = "合格（#%1）"
JA["FAILED (#%1): %2"] = "不合格（#%1）: %2"
JA["#%1 %2"] = "#%1 %2"
JA["FAILED"] = "不合格"
JA["Select the document you inspected."] = "点検した書類を選択してください。"
JA["✔ Inspection #%1 recorded: passed."] = "✔ 点検 #%1 を記録しました: 合格。"
JA["Inspection #%1 recorded: failed."] = "点検 #%1 を記録しました: 不合格。"
JA["Select the document to replace."] = "差し替える書類を選択してください。"
JA["New version of document #%1"] = "書類 #%1 の新しい版"
JA["Documents (*.pdf *.png *.jpg *.jpeg)"] = "書類 (*.pdf *.png *.jpg *.jpeg)"
JA["Cancelled."] = "取り消しました。"
JA["✔ Document #%1 replaces #%2: inspect the new version."] = "✔ 書類 #%1 が #%2 を差し替えました。新しい版を点検してください。"
JA["Usage: ra-cli app dossier ID --out FILE.pdf --as USER"] = "使い方: ra-cli app dossier ID --out ファイル.pdf --as ユーザー"
JA["%1 written to %2."] = "%1 を %2 に書き出しました。"
JA["Only auditors and supervisors produce an application's dossier."] = "申請の記録簿を作成できるのは監査担当者と承認者だけです。"
JA["Dossier of application %1"] = "申請 %1 の記録簿"
JA["Produced by %1 on %2 from workspace %3. State: %4."] = "%1 が %2 にワークスペース %3 から作成。状態: %4。"
JA["Claims of the application"] = "申請書の記載内容"
JA["Claimed"] = "申請内容"
JA["Address"] = "住所"
JA["Representative"] = "代表者"
JA["CSR subject"] = "CSR のサブジェクト"
JA["High risk"] = "高リスク"
JA["yes"] = "はい"
JA["no"] = "いいえ"
JA["Verified organization (R-CSR-5)"] = "確認済みの組織（R-CSR-5）"
JA["%1, corporate number %2; %3 %4 %5, %6 — evidence #%7 from %8, answer SHA-256 %9."] = "%1、法人番号 %2、%3 %4 %5、%6 — 証拠 #%7（%8）、回答の SHA-256 %9。"
JA["Not verified: no evidence confirms the organization's name and address."] = "未確認: 組織の名称と住所を確認する証拠がありません。"
JA["Organization evidence (R-ORG-1)"] = "組織の証拠（R-ORG-1）"
JA["Corporate number"] = "法人番号"
JA["Verified values"] = "確認済みの値"
JA["Answer SHA-256"] = "回答の SHA-256"
JA["No organization evidence."] = "組織の証拠はありません。"
JA["Call-backs (R-ORG-5)"] = "コールバック（R-ORG-5）"
JA["Contact"] = "連絡先"
JA["No call-back recorded."] = "コールバックの記録はありません。"
JA["Documents and inspections (R-DOC-1)"] = "書類と点検（R-DOC-1）"
JA["Replaces"] = "差し替え元"
JA["No documents."] = "書類はありません。"
JA["failed"] = "不合格"
JA["No inspection recorded."] = "点検の記録はありません。"
JA["Domain validation, CAA and corroboration (R-DCV-2, R-CAA-1, R-MPIC-1)"] = "ドメイン認証、CAA、複数地点での裏付け（R-DCV-2、R-CAA-1、R-MPIC-1）"
JA["Checked"] = "確認日時"
JA["Corroboration"] = "裏付け"
JA["No domain validation attempt."] = "ドメイン認証の試行はありません。"
JA["Verdict"] = "判定"
JA["Records"] = "レコード"
JA["No CAA check."] = "CAA の確認はありません。"
JA["Checklist"] = "チェックリスト"
JA["Approvals and certificate (R-APR-2, R-ISS-1)"] = "承認と証明書（R-APR-2、R-ISS-1）"
JA["Approver"] = "承認者"
JA["tbsCertificate SHA-256"] = "tbsCertificate の SHA-256"
JA["No approval."] = "承認はありません。"
JA["Valid"] = "有効期間"
JA["Certificate SHA-256"] = "証明書の SHA-256"
JA["No certificate."] = "証明書はありません。"
JA["Audit trail of the application (R-AUD-1)"] = "申請の監査証跡（R-AUD-1）"
JA["Entry hash"] = "エントリのハッシュ"
JA["No audit entries."] = "監査エントリはありません。"
JA["Say what the decision rests on (at most 2000 characters)."] = "判断の根拠を記入してください（2000 文字以内）。"
JA["%1 is decided by its evidence records, not set directly."] = "%1 は証拠の記録によって判定され、直接設定することはできません。"
JA["The stored file of %1 no longer matches its SHA-256: it is not the document inspected. Report it."] = "%1 の保存ファイルが SHA-256 と一致しなくなりました。点検した書類ではありません。報告してください。"
JA["Usage: ra-cli app check ID CODE passed|failed|n/a --reason TEXT --as OFFICER"] = "使い方: ra-cli app check ID 項目 passed|failed|n/a --reason 根拠 --as 担当者"
JA["%1 recorded as %2."] = "%1 を %2 として記録しました。"
JA["%1 cannot be read back."] = "%1 を読み戻せません。"
JA["Dossier PDF…"] = "記録簿 PDF…"
JA["Dossier"] = "記録簿"
JA["Save the dossier"] = "記録簿を保存"
JA["%1 is larger than %2 bytes."] = "%1 は %2 バイトを超えています。"
JA["answer SHA-256 %1"] = "応答の SHA-256 %1"
JA[" (documents %1)"] = "（書類 %1）"
JA["Record organization evidence"] = "組織の証跡を記録"
JA["Evidence from a source the workstation does not look up itself (CP 3.2.2.1–3.2.2.3). Enter what the source states, not what the application claims."] = "ワークステーションが自ら照会しない情報源による証跡です（CP 3.2.2.1〜3.2.2.3）。申請内容ではなく、情報源が示す内容を入力してください。"
JA["&Kind:"] = "種別(&K):"
JA["Approved &data source:"] = "承認済みデータソース(&D):"
JA["&Reference:"] = "参照(&R):"
JA["Agency and file number, visit report, letter reference, URL"] = "機関名と文書番号、訪問報告書、書簡の参照番号、URL"
JA["&Obtained:"] = "取得日時(&O):"
JA["What the source confirms, as it states it"] = "情報源が確認した内容（情報源の記載どおり）"
JA["&Legal name"] = "正式名称(&L)"
JA["&Address"] = "所在地(&A)"
JA["Street (optional)"] = "番地（任意）"
JA["&Country"] = "国(&C)"
JA["JP"] = "JP"
JA["&Tradename (DBA)"] = "屋号・商号(&T)"
JA["Documents it relies on (R-DOC-1):"] = "根拠とする書類（R-DOC-1）:"
JA["Note (optional)"] = "メモ（任意）"
JA["Record &other evidence…"] = "その他の証跡を記録(&O)…"
JA["A government agency, another approved data source, a site visit, an Attestation Letter, or a document showing the tradename"] = "政府機関、その他の承認済みデータソース、実地確認、証明書簡（Attestation Letter）、または屋号を示す書類"
JA["Data source #%1 cannot be cited here: it is not an approved Reliable Data Source, or it is the registry the workstation looks up itself."] = "データソース #%1 はここでは引用できません。承認済みの信頼できるデータソースではないか、ワークステーションが自ら照会する登記情報です。"
JA["Tradename"] = "屋号"
JA["A call-back is recorded on the Authority page."] = "コールバックは権限ページで記録します。"
JA["A corporate number is verified only by looking it up in the registry."] = "法人番号は登記情報の照会によってのみ確認されます。"
JA["Say what the source confirms: name, address, country or tradename."] = "情報源が確認した内容（名称、所在地、国、屋号）を指定してください。"
JA["A bill, statement or tax document can confirm a tradename only (CP 3.2.2.2)."] = "請求書・明細書・税務書類で確認できるのは屋号のみです（CP 3.2.2.2）。"
JA["An Attestation Letter for a tradename needs its documentary support: cite the letter and at least one more document."] = "屋号の証明書簡には裏付け書類が必要です。書簡とさらに 1 件以上の書類を指定してください。"
JA["Cite the document the evidence relies on."] = "証跡の根拠となる書類を指定してください。"
JA["Document #%1 is not a current document of this application."] = "書類 #%1 はこの申請の現行の書類ではありません。"
JA["Give the source's reference (at most 500 characters): the agency and file number, the visit report, the letter's reference."] = "情報源の参照（500 文字以内）を入力してください。機関名と文書番号、訪問報告書、書簡の参照番号などです。"
JA["The evidence must have been obtained before now and within the last %1 days (R-DOC-2)."] = "証跡は現在以前、かつ直近 %1 日以内に取得されたものである必要があります（R-DOC-2）。"
JA["A value is longer than 200 characters."] = "200 文字を超える値があります。"
JA["Enter what the source states for each part it confirms (for an address at least the prefecture and the city), and nothing for the parts it does not."] = "確認した項目ごとに情報源の記載内容を入力し（所在地は少なくとも都道府県と市区町村）、確認していない項目には何も入力しないでください。"
JA["The source states other values than the application claims (%1): return the application for correction."] = "情報源の記載が申請内容と異なります（%1）。申請を差し戻して訂正を求めてください。"
JA["Bill, statement or tax document"] = "請求書・明細書・税務書類"
JA["%1 is not a JSON object: %2"] = "%1 は JSON オブジェクトではありません: %2"
JA["Usage: ra-cli org lookup APPLICATION CORPORATE_NUMBER --as OFFICER | org record APPLICATION EVIDENCE.json --as OFFICER (EVIDENCE.json: kind (government-agency, reliable-data-source, site-visit, attestation-letter, identification-document), data_source_id, reference, obtained_at, confirms (name+address+country+tradename), verified {legal_name, state_or_province, locality, street_address, country, tradename}, documents [ids], note; - reads stdin) | org evidence APPLICATION"] = "使い方: ra-cli org lookup 申請 法人番号 --as 担当者 | org record 申請 EVIDENCE.json --as 担当者（EVIDENCE.json: kind（government-agency, reliable-data-source, site-visit, attestation-letter, identification-document）, data_source_id, reference, obtained_at, confirms（name+address+country+tradename）, verified {legal_name, state_or_province, locality, street_address, country, tradename}, documents [ID], note; - は標準入力）| org evidence 申請"
JA["kind is government-agency, reliable-data-source, site-visit, attestation-letter or identification-document."] = "kind には government-agency、reliable-data-source、site-visit、attestation-letter、identification-document のいずれかを指定します。"
JA["Evidence #%1 recorded: %2 %3, confirms %4"] = "証跡 #%1 を記録しました: %2 %3、確認内容 %4"
JA["&Record evidence"] = "証跡を記録(&R)"
JA["not looked up"] = "未照会"
JA["%1, corporate number %2; %3 %4 %5, %6 — evidence #%7 from %8, %9."] = "%1、法人番号 %2、%3 %4 %5、%6 — 証跡 #%7（%8）、%9。"
JA["Reliable Data Sources"] = "信頼できるデータソース"
JA["Only approved sources can be cited as evidence (R-ORG-4, CP 3.2.2.7). A source is withdrawn, never deleted: what was recorded from it keeps naming it."] = "証跡として引用できるのは承認済みの情報源のみです（R-ORG-4、CP 3.2.2.7）。情報源は削除せず取り下げます。それに基づく記録はその名前を保持します。"
JA["Provider"] = "提供者"
JA["URL"] = "URL"
JA["&Withdraw…"] = "取り下げ(&W)…"
JA["Evaluate a new source (CP 3.2.2.7)"] = "新しい情報源の評価（CP 3.2.2.7）"
JA["&Name:"] = "名称(&N):"
JA["&Provider:"] = "提供者(&P):"
JA["&URL:"] = "URL(&U):"
JA["Where it is consulted (no credentials)"] = "参照先（認証情報は含めない）"
JA["P&urpose:"] = "目的(&U):"
JA["The provider's purpose in collecting the data"] = "提供者がデータを収集する目的"
JA["&Age of the data:"] = "データの鮮度(&A):"
JA["How old the information it gives is"] = "提供される情報がどれほど古いか"
JA["Update &frequency:"] = "更新頻度(&F):"
JA["How often it is updated"] = "更新される頻度"
JA["Public a&ccessibility:"] = "公開性(&C):"
JA["Who can consult it, and how"] = "誰がどのように参照できるか"
JA["&Difficulty of falsification:"] = "改ざんの困難さ(&D):"
JA["How hard it is to falsify or alter the data"] = "データの偽造・改ざんがどれほど難しいか"
JA["A&pprove this source"] = "この情報源を承認(&P)"
JA["Consulted by the officer"] = "担当者が参照する"
JA["NTA corporate-number registry (looked up by the workstation)"] = "国税庁法人番号（ワークステーションが照会）"
JA["approved by %1, %2"] = "承認: %1、%2"
JA["withdrawn by %1, %2"] = "取り下げ: %1、%2"
JA["Select a source to read its evaluation (CP 3.2.2.7)."] = "情報源を選択すると評価内容が表示されます（CP 3.2.2.7）。"
JA["<b>%1</b><br>Provider and purpose: %2 — %3<br>Age of the data: %4<br>Update frequency: %5<br>Public accessibility: %6<br>Difficulty of falsification: %7<br>Approved by %8 on %9"] = "<b>%1</b><br>提供者と目的: %2 — %3<br>データの鮮度: %4<br>更新頻度: %5<br>公開性: %6<br>改ざんの困難さ: %7<br>承認: %8（%9）"
JA["✔ %1 approved: officers may cite it now."] = "✔ %1 を承認しました。担当者が引用できるようになりました。"
JA["Withdraw data source"] = "データソースの取り下げ"
JA["Withdraw “%1”? Officers can no longer cite it; what was recorded from it is kept and keeps naming it."] = "「%1」を取り下げますか？担当者は引用できなくなります。これに基づく記録は保持され、名前も残ります。"
JA["✘ Not withdrawn: %1"] = "✘ 取り下げられませんでした: %1"
JA["✔ %1 withdrawn."] = "✔ %1 を取り下げました。"
JA["&Administration"] = "管理(&A)"
JA["Reliable &Data Sources…"] = "信頼できるデータソース(&D)…"
JA["A site visit cannot verify a tradename (CP 3.2.2.2)."] = "実地確認では屋号を確認できません（CP 3.2.2.2）。"
JA["Cite the documents the evidence relies on, each once."] = "証跡の根拠となる書類を、それぞれ 1 回ずつ指定してください。"
JA["%1 has not passed its inspection: inspect it on the Documents page before relying on it (CP 3.2.2)."] = "%1 は点検に合格していません。根拠とする前に書類ページで点検してください（CP 3.2.2）。"
JA["The note is longer than 2000 characters."] = "メモが 2000 文字を超えています。"
JA["Enter what the source states for each part it confirms (an address with its prefecture, city and street), and nothing for the parts it does not."] = "確認した項目ごとに情報源の記載内容を入力し（所在地は都道府県・市区町村・番地）、確認していない項目には何も入力しないでください。"
JA["&Reuse this answer"] = "この応答を再利用(&R)"
JA["Reused: the answer kept as evidence #%1 for application #%2, compared again with this application's claims.\n"] = "再利用: 申請 #%2 の証跡 #%1 として保存された応答を、この申請の内容と改めて照合しました。\n"
JA["No earlier registry answer about this corporation may be reused today: look it up in the registry."] = "この法人について本日再利用できる過去の登記応答はありません。登記情報を照会してください。"
JA["Usage: ra-cli org lookup APPLICATION CORPORATE_NUMBER --as OFFICER | org reuse APPLICATION CORPORATE_NUMBER --as OFFICER | org record APPLICATION EVIDENCE.json --as OFFICER (EVIDENCE.json: kind (government-agency, reliable-data-source, site-visit, attestation-letter, identification-document), data_source_id, reference, obtained_at, confirms (name+address+country+tradename), verified {legal_name, state_or_province, locality, street_address, country, tradename}, documents [ids], note; - reads stdin) | org evidence APPLICATION"] = "使い方: ra-cli org lookup 申請 法人番号 --as 担当者 | org reuse 申請 法人番号 --as 担当者 | org record 申請 EVIDENCE.json --as 担当者（EVIDENCE.json: kind（government-agency, reliable-data-source, site-visit, attestation-letter, identification-document）, data_source_id, reference, obtained_at, confirms（name+address+country+tradename）, verified {legal_name, state_or_province, locality, street_address, country, tradename}, documents [ID], note; - は標準入力）| org evidence 申請"
JA["The registry answered about this corporation for application #%1 on %2 (evidence #%3, confirms %4): %n day(s) old, reusable until %5."] = "この法人について申請 #%1 のために %2 に登記応答を取得済みです（証跡 #%3、確認内容 %4）。%n 日前のもので、%5 まで再利用できます。"
JA["Additional verification: %1 — record again…"] = "追加確認: %1 — 再度記録…"
JA["Record the additional verification…"] = "追加確認を記録…"
JA["What was verified, with whom and from which source (recorded in the audit log):"] = "何を、誰と、どの情報源で確認したか（監査ログに記録されます）:"
JA["Did the additional verification confirm the application?"] = "追加確認により申請内容は確認できましたか？"
JA["⚠ HIGH RISK — %1\nAdditional verification is required before approval: \"%2\", recorded with the button below."] = "⚠ 高リスク — %1\n承認の前に追加確認が必要です:「%2」を下のボタンから記録してください。"
JA["Registered n&ame:"] = "登記上の名称(&A):"
JA["the start of the name as registered, to find a number the application lacks"] = "登記どおりの名称の先頭（申請に法人番号がないときに番号を探します）"
JA["&Search by name"] = "名称で検索(&S)"
JA["Lists the registry's corporations with this name (/4/name). A search is not evidence: choose one, then look its number up."] = "この名称の法人を登録簿から一覧します（/4/name）。検索は証跡ではありません。1 件を選び、その番号で照会してください。"
JA["Registered name"] = "登記上の名称"
JA["Registered address"] = "登記上の所在地"
JA["Type the name to search for, at most %1 characters."] = "検索する名称を %1 文字以内で入力してください。"
JA["Usage: ra-cli org search APPLICATION NAME --as OFFICER | org lookup APPLICATION CORPORATE_NUMBER --as OFFICER | org reuse APPLICATION CORPORATE_NUMBER --as OFFICER | org record APPLICATION EVIDENCE.json --as OFFICER (EVIDENCE.json: kind (government-agency, reliable-data-source, site-visit, attestation-letter, identification-document), data_source_id, reference, obtained_at, confirms (name+address+country+tradename), verified {legal_name, state_or_province, locality, street_address, country, tradename}, documents [ids], note; - reads stdin) | org evidence APPLICATION"] = "使い方: ra-cli org search 申請 名称 --as 担当者 | org lookup 申請 法人番号 --as 担当者 | org reuse 申請 法人番号 --as 担当者 | org record 申請 EVIDENCE.json --as 担当者（EVIDENCE.json: kind（government-agency, reliable-data-source, site-visit, attestation-letter, identification-document）, data_source_id, reference, obtained_at, confirms（name+address+country+tradename）, verified {legal_name, state_or_province, locality, street_address, country, tradename}, documents [ID], note; - は標準入力）| org evidence 申請"
JA["  (closed)"] = "  （閉鎖）"
JA["The registry has no corporation of that name."] = "登録簿にその名称の法人はありません。"
JA["Searching the registry for “%1”…"] = "登録簿で「%1」を検索しています…"
JA["The registry has no corporation whose name starts with “%1”. Search with the name as registered (in Japanese), or ask the applicant for the corporate number."] = "登録簿に「%1」で始まる名称の法人はありません。登記どおりの（日本語の）名称で検索するか、申請者に法人番号を確認してください。"
JA["%n corporation(s) found: choose one, then look its number up."] = "法人が %n 件見つかりました。1 件を選び、その番号で照会してください。"
JA["closed %1"] = "閉鎖 %1"
JA["<b>Every check of every step</b> — select one to read the rule it enforces."] = "<b>全ステップの全確認項目</b> — 項目を選ぶと、その規則を表示します。"
JA["Note and evidence"] = "メモと証跡"
JA["Not required"] = "不要"
JA["%1 of %n mandatory check(s) passed."] = "必須項目 %n 件のうち %1 件が合格しています。"
JA["Every mandatory check has passed: the application can go to the supervisors' approval queue."] = "必須項目はすべて合格しています。申請を責任者の承認待ちに回せます。"
JA["The application is %1: submission is for its validating officer while it is in review."] = "申請は「%1」です。承認依頼は、審査中に担当審査者だけが行えます。"
JA["The demo's validation of %1 failed."] = "デモの %1 のドメイン認証に失敗しました。"
JA["High-risk names"] = "高リスク名称"
JA["Requested names are matched against these names and their look-alikes (same confusable skeleton, mixed scripts) at import and again before submission; a match flags the application high risk and asks for additional verification (R-IN-4, CP 4.2.1)."] = "申請されたドメイン名は、取り込み時と承認依頼の前に、これらの名称およびその類似名称（同じ紛らわしい文字の骨格、文字種の混在）と照合されます。一致した申請は高リスクとなり、追加確認が必要になります（R-IN-4、CP 4.2.1）。"
JA["Skeleton (what look-alikes share)"] = "骨格（類似名称に共通する形）"
JA["Reason"] = "理由"
JA["&Remove the selected name…"] = "選択した名称を削除(&R)…"
JA["Add a name"] = "名称を追加"
JA["&Name (one label):"] = "名称（ラベル 1 つ）(&N):"
JA["e.g. paypal"] = "例: paypal"
JA["R&eason:"] = "理由(&E):"
JA["why requests for this name need a closer look (recorded in the audit log)"] = "この名称の申請を詳しく確認すべき理由（監査ログに記録されます）"
JA["&Add to the list"] = "一覧に追加(&A)"
JA["✘ Not added: %1"] = "✘ 追加されませんでした: %1"
JA["✔ “%1” added: applications requesting it or a look-alike are flagged high risk from now on."] = "✔「%1」を追加しました。今後、この名称または類似名称を申請する申請は高リスクとなります。"
JA["Remove high-risk name"] = "高リスク名称を削除"
JA["Remove “%1” from the list? Later applications are no longer matched against it; applications already flagged stay flagged."] = "「%1」を一覧から削除しますか？ 以後の申請はこの名称と照合されなくなります。既に高リスクとなった申請はそのままです。"
JA["✘ Not removed: %1"] = "✘ 削除されませんでした: %1"
JA["✔ “%1” removed."] = "✔「%1」を削除しました。"
JA["&High-risk names…"] = "高リスク名称(&H)…"
JA["%1 cannot be removed."] = "%1 を削除できません。"
JA["A high-risk name is one label (letters, digits and hyphens, at most 63 characters), with the reason it is on the list."] = "ハイリスク名は 1 つのラベル（英字・数字・ハイフン、63 文字以内）で、一覧に載せる理由が必要です。"
JA["\"%1\" (%2 in DNS) looks the same as \"%3\", already on the list (#%4)."] = "「%1」（DNS 上は %2）は一覧に既にある「%3」（#%4）と同じに見えます。"
JA["Say why the name comes off the high-risk list."] = "ハイリスク名一覧から外す理由を入力してください。"
JA["Usage: ra-cli risk names list | risk names add NAME --reason TEXT --as ADMINISTRATOR | risk names remove ID --reason TEXT --as ADMINISTRATOR | risk check APPLICATION"] = "使い方: ra-cli risk names list | risk names add 名前 --reason 理由 --as 管理者 | risk names remove ID --reason 理由 --as 管理者 | risk check 申請"
JA["High-risk name %1 removed from the list: %2"] = "ハイリスク名 %1 を一覧から外しました: %2"
JA["Why does “%1” come off the list? Later applications are no longer matched against it; applications already flagged stay flagged."] = "「%1」を一覧から外す理由は何ですか。以後の申請はこの名前と照合されなくなります。既にハイリスクとされた申請はそのままです。"
JA["A delivery-status notification confirms nothing."] = "配信状態通知（バウンス）は何も確認しません。"
JA["An automatic answer (Auto-Submitted: %1) confirms nothing."] = "自動応答（Auto-Submitted: %1）は何も確認しません。"
JA["A message from the null sender or MAILER-DAEMON (a bounce) confirms nothing."] = "空の送信者または MAILER-DAEMON からのメッセージ（バウンス）は何も確認しません。"
JA["The reply comes from %1, which was not mailed."] = "返信は送信先ではない %1 から届いています。"
JA["The reply does not carry the value in its own text (a value only in the quoted message does not count)."] = "返信の本文（引用部分以外）に値がありません（引用されたメッセージ内の値は数えません）。"
JA["An email with its own random value goes to each of %1; the applicant replies to one of them from that address, writing its value in the reply, before %2."] = "%1 のそれぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかのアドレスから、値を返信本文に書いて返信します。"
JA["An email with its own random value goes to each Domain Contact of %1 the registry names (RDAP, else WHOIS); the applicant replies to one of them from that address, writing its value in the reply, before %2."] = "レジストリ（RDAP、なければ WHOIS）が示す %1 のドメイン連絡先それぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかのアドレスから、値を返信本文に書いて返信します。"
JA["An email with its own random value goes to each contactemail address of the CAA records of %1 that the perspectives confirm; the applicant replies to one of them from that address, writing its value in the reply, before %2."] = "%1 の CAA レコードの contactemail のうち、視点が確認したアドレスそれぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかのアドレスから、値を返信本文に書いて返信します。"
JA["An email with its own random value goes to each address in the TXT records at %1 that the perspectives confirm; the applicant replies to one of them from that address, writing its value in the reply, before %2."] = "%1 の TXT レコードのうち、視点が確認したアドレスそれぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかのアドレスから、値を返信本文に書いて返信します。"
JA["Usage: ra-cli dcv start APPLICATION FQDN [--method dns-change|website-change|acme-http-01|constructed-email] [--adn ADN] [--label _LABEL] --as OFFICER | dcv check ATTEMPT --as OFFICER | dcv status APPLICATION --as USER"] = "使い方: ra-cli dcv start 申請 FQDN [--method dns-change|website-change|acme-http-01|constructed-email] [--adn ADN] [--label _ラベル] --as 担当者 | dcv check 試行 --as 担当者 | dcv status 申請 --as 利用者"
JA["sent by email only"] = "メールでのみ送付"
JA["%1: %2, its value valid until %3"] = "%1：%2、値は %3 まで有効"
JA["%1 is named twice: each share of the PIN goes to a different custodian."] = "%1 が二度指定されています。PIN の分割片はそれぞれ別の鍵管理者に渡します。"
JA["\"%1\" is not an ordinary file (a pipe, a device or a socket)."] = "「%1」は通常のファイルではありません（パイプ、デバイスまたはソケット）。"
JA["The approval key of %1 carries no certification by this CA's HSM; the approval is not accepted (R-APR-2)."] = "%1 の承認鍵にはこの CA の HSM による証明がありません。この承認は受け付けません（R-APR-2）。"
JA["The HSM has no audit key to certify approvers' keys."] = "HSM に承認者の鍵を証明する監査鍵がありません。"
JA["The audit log does not verify, so the creation of this key cannot be trusted: %1"] = "監査ログの検証に失敗したため、この鍵の作成を信頼できません：%1"
JA["No audit entry records the creation of this key: it was not made by the workstation."] = "この鍵の作成を記録した監査エントリがありません。ワークステーションで作成された鍵ではありません。"
JA["The approval key changed while it was certified."] = "証明の処理中に承認鍵が変更されました。"
JA["The clock reads %1, earlier than the last audit entry (%2); nothing was done. Check this computer's clock."] = "時計が %1 を示しており、最後の監査エントリ（%2）より前です。何も実行していません。このコンピューターの時計を確認してください。"
JA["--at moves the clock and is refused here: only a demo workspace (workspace init --demo), in a build made for tests, may act at another time."] = "--at は時計を動かすため、ここでは拒否されます。別の時刻で操作できるのは、テスト用ビルドのデモワークスペース（workspace init --demo）だけです。"
JA["%1 is not a demo workspace: a lab would replace its resolver, perspectives and mail relay. Only a workspace made with `workspace init --demo` has a lab."] = "%1 はデモワークスペースではありません。ラボはリゾルバー、パースペクティブ、メールリレーを置き換えてしまいます。ラボを持てるのは `workspace init --demo` で作成したワークスペースだけです。"
JA["The checkpoint of entry %1 (%2) is not signed by the CA's audit key: it was forged or altered."] = "エントリ %1 のチェックポイント（%2）は CA の監査鍵で署名されていません。偽造または改ざんされています。"
JA["Entry %1 is not the entry the HSM signed at %2: the log was rewritten up to here."] = "エントリ %1 は HSM が %2 に署名したエントリではありません。ここまでのログが書き換えられています。"
JA["The log ends at entry %1, but the HSM signed a checkpoint of entry %2 at %3: the log was cut short."] = "ログはエントリ %1 で終わっていますが、HSM は %3 にエントリ %2 のチェックポイントに署名しています。ログが切り詰められています。"
JA["No signed checkpoint was checked (the audit key could not be read from the HSM and none was given): a consistent rewrite of the whole log would not show."] = "署名付きチェックポイントは検証していません（HSM から監査鍵を読み取れず、指定もされていません）。ログ全体を整合的に書き換えられても検出できません。"
JA["There is no signed checkpoint yet: nothing vouches for the log outside the database."] = "署名付きチェックポイントはまだありません。データベースの外からログを保証するものがありません。"
JA["%1 checkpoint(s) signed by the HSM verify; the last covers entry %2 (%3). %4 later entries are not yet covered: removing them would not show."] = "HSM が署名したチェックポイント %1 件を検証しました。最後のものはエントリ %2（%3）までを対象とします。それ以降の %4 件はまだ対象外で、削除されても検出できません。"
JA["This workspace's CA has no audit key."] = "このワークスペースの CA には監査鍵がありません。"
JA["The HSM has no audit key to sign checkpoints."] = "HSM にチェックポイントに署名する監査鍵がありません。"
JA["With audit verify: the CA's public audit key (PEM) that signed the checkpoints."] = "audit verify で使用：チェックポイントに署名した CA の監査用公開鍵（PEM）。"
JA["Usage: ra-cli audit verify [--audit-key FILE] [--export FILE] | audit export --out FILE | audit key"] = "使い方: ra-cli audit verify [--audit-key FILE] [--export FILE] | audit export --out FILE | audit key"
JA["No audit entry records that another user gave %1 a role that approves."] = "%1 に承認できるロールを別のユーザーが付与したことを記録した監査エントリがありません。"
JA["%1 is disabled."] = "%1 は無効化されています。"
JA["The last audit entry has no readable time; nothing was done. Run audit verify."] = "最後の監査エントリの時刻を読み取れないため、何も実行していません。audit verify を実行してください。"
JA["%1 has no passed domain validation usable today: nothing was signed (R-DCV-2, R-DOC-2)."] = "%1 には本日使用できる合格済みのドメイン認証がありません。何も署名していません (R-DCV-2, R-DOC-2)。"
JA["Key Custodian %1, to receive a PIN share: password"] = "PIN 分割片を受け取る鍵管理者 %1: パスワード"
JA["Share %1 of %2 is for %3 alone: everyone else looks away now."] = "分割片 %1/%2 は %3 さん専用です。他の方は今、画面から目を離してください。"
JA["%1, press Enter to see your share."] = "%1 さん、Enter キーを押すと分割片が表示されます。"
JA["Write it down where only you can read it, then press Enter to clear the screen."] = "ご自身だけが読める場所に書き留めてから、Enter キーを押して画面を消去してください。"
JA["Each custodian was shown their own share: %1."] = "各鍵管理者に本人の分割片を表示しました: %1。"
JA["PIN shares are shown on a terminal only, to each custodian in turn: run this command at a terminal, its input not redirected. Nothing changed."] = "PIN 分割片は端末上でのみ、鍵管理者ごとに順番に表示されます。入力をリダイレクトせず、端末でこのコマンドを実行してください。何も変更していません。"
JA["Demo CA created. Each Key Custodian now sees their PIN share, alone."] = "デモ CA を作成しました。各鍵管理者は一人ずつ自分の PIN 分割片を確認します。"
JA["The token has a new PIN; the old shares no longer work. Each custodian now sees their new share, alone."] = "トークンに新しい PIN を設定しました。古い分割片は使えません。各鍵管理者は一人ずつ新しい分割片を確認します。"
JA["%1 did not sign in, so gets no share: %2"] = "%1 さんはサインインしていないため、分割片を受け取れません: %2"
JA["The audit log cannot be read."] = "監査ログを読み取れません。"
JA["The PIN cannot be split among %n custodians."] = "PIN を %n 人の鍵管理者に分割できません。"
JA["This PIN rotation has ended."] = "この PIN 変更は終了しています。"
JA["A new PIN is ready; each custodian now sees their new share, alone. The token takes it at the end."] = "新しい PIN を用意しました。各鍵管理者は一人ずつ新しい分割片を確認します。トークンへの設定は最後に行います。"
JA["Not every share was shown: the token keeps its old PIN and the old shares still work."] = "すべての分割片を表示できませんでした。トークンは古い PIN のままで、古い分割片は引き続き使えます。"
JA["The token has a new PIN; the old shares no longer work. Each custodian was shown their own share: %1."] = "トークンに新しい PIN を設定しました。古い分割片は使えません。各鍵管理者に本人の分割片を表示しました: %1。"
JA["Not every share was shown: this demo CA cannot be activated; make a new demo workspace."] = "すべての分割片を表示できませんでした。このデモ CA は有効化できません。新しいデモワークスペースを作成してください。"
JA["%n entries have no sequence number: they were added outside the application."] = "%n 件のエントリに連番がありません。アプリケーションの外で追加されたものです。"
JA["An entry numbered %1 is in the log, which numbers from 1: it was added outside the application."] = "連番 %1 のエントリがあります（ログの連番は 1 から始まります）。アプリケーションの外で追加されたものです。"
JA["The certificate has no readable subjectAltName with its names."] = "証明書に読み取り可能な subjectAltName（名前の一覧）がありません。"
JA["The certificate names something other than a domain name: nothing validated it."] = "証明書にドメイン名以外の名前が含まれています。それを検証したものはありません。"
JA["The token's PIN was not changed: the old shares still work; destroy the new ones."] = "トークンの PIN は変更されていません。古い分割片は引き続き使えます。新しい分割片は破棄してください。"
JA["No audit entry records that another user gave %1 a role that approves, confirmed by a second administrator where needed."] = "%1 に承認できる役割を他の利用者が与え、必要な場合に第二の管理者が確認したことを記録した監査エントリがありません。"
JA["A second administrator has not yet confirmed this account's role. Ask one to confirm it; they will give you the other part of your code."] = "このアカウントの役割はまだ第二の管理者に確認されていません。確認を依頼してください。その管理者からコードのもう一方の部分を受け取ります。"
JA["The enrolment code is not correct, has been used or has expired. Ask an administrator for a new one."] = "登録コードが正しくないか、使用済みか、期限切れです。管理者に新しいコードを依頼してください。"
JA["The code from your authenticator does not match. Check that the whole secret was entered and that the device's clock is right."] = "認証アプリのコードが一致しません。シークレットをすべて入力したこと、端末の時計が正しいことを確認してください。"
JA["The new password is the current one."] = "新しいパスワードが現在のパスワードと同じです。"
JA["The current password is not correct."] = "現在のパスワードが正しくありません。"
JA["Change password"] = "パスワードの変更"
JA["&Current password:"] = "現在のパスワード(&C):"
JA["&New password:"] = "新しいパスワード(&N):"
JA["at least 12 characters"] = "12 文字以上"
JA["&Again:"] = "もう一度(&A):"
JA["A supervisor's approval key is sealed again under the new password; it stays the same key."] = "監督者の承認鍵は新しいパスワードで封印し直されます。鍵そのものは変わりません。"
JA["No second administrator to confirm %1."] = "%1 を確認する第二の管理者がいません。"
JA["First sign-in"] = "初回サインイン"
JA["Your administrator gave you an enrolment code (and, for a supervisor, key custodian or administrator, a second administrator gave you its other part). With it you choose your own password and set up your own authenticator; nobody else ever sees them."] = "管理者から登録コードを受け取っています（監督者・鍵管理者・管理者の場合は、第二の管理者からもう一方の部分も受け取っています）。このコードで自分のパスワードを決め、自分の認証アプリを設定します。それを他の誰かが見ることはありません。"
JA["&User name:"] = "ユーザー名(&U):"
JA["&Enrolment code:"] = "登録コード(&E):"
JA["XXXX-XXXX-XXXX-XXXX (all parts, in any order)"] = "XXXX-XXXX-XXXX-XXXX（すべての部分を順不同で）"
JA["&Password:"] = "パスワード(&P):"
JA["Your authenticator"] = "あなたの認証アプリ"
JA["Add an account to your authenticator app (TOTP, 6 digits, 30 seconds) with this secret, then type the code it shows."] = "このシークレットで認証アプリ（TOTP、6 桁、30 秒）にアカウントを追加し、表示されたコードを入力してください。"
JA["Secret:"] = "シークレット:"
JA["Address:"] = "アドレス:"
JA["&Code shown:"] = "表示されたコード(&C):"
JA["This account awaits no confirmation."] = "このアカウントは確認待ちではありません。"
JA["A second administrator must confirm this: not the one who created the account."] = "これは第二の管理者が確認する必要があります。アカウントを作成した管理者は確認できません。"
JA["“%1” is reserved: the audit log uses it for the software itself or for a role."] = "「%1」は予約されています。監査ログでソフトウェア自身または役割を表すために使われます。"
JA["Another administrator resets your account; you change your own password with your current one."] = "自分のアカウントのリセットは他の管理者が行います。自分のパスワードは現在のパスワードを使って変更してください。"
JA["Add its administrator, who then enrols: ra-cli --workspace %1 user add NAME --role administrator"] = "管理者を追加し、その管理者が登録します: ra-cli --workspace %1 user add NAME --role administrator"
JA["  [awaiting a second administrator]"] = "  [第二の管理者の確認待ち]"
JA["  [awaiting enrolment]"] = "  [登録待ち]"
JA["Usage: ra-cli user add|confirm|reset|disable|enrol NAME, user password"] = "使い方: ra-cli user add|confirm|reset|disable|enrol NAME、user password"
JA["Enrolment code for %1: %2 (until %3 UTC). Give it to them alone: they choose their own password and authenticator with `ra-cli user enrol %1` or at the workstation's first sign-in. It is not shown again."] = "%1 の登録コード: %2（%3 UTC まで）。本人だけに渡してください。本人が `ra-cli user enrol %1` またはワークステーションの初回サインインで自分のパスワードと認証アプリを設定します。このコードは二度と表示されません。"
JA["This grant needs a second administrator: `ra-cli --as OTHER-ADMIN user confirm %1` gives the code's other part, and %1 needs both."] = "この権限付与には第二の管理者が必要です。`ra-cli --as OTHER-ADMIN user confirm %1` でコードのもう一方の部分が発行され、%1 には両方が必要です。"
JA["Enrolment code for %1 (all parts)"] = "%1 の登録コード（すべての部分）"
JA["Choose a password"] = "パスワードを決めてください"
JA["The same password again"] = "同じパスワードをもう一度"
JA["The two passwords differ; nothing was changed."] = "2 つのパスワードが異なります。何も変更していません。"
JA["Enter this secret in your authenticator app (or open the address):"] = "このシークレットを認証アプリに入力してください（またはアドレスを開いてください）:"
JA["The code your authenticator shows now"] = "認証アプリに今表示されているコード"
JA["%1 is enrolled and may sign in."] = "%1 は登録され、サインインできます。"
JA["New password"] = "新しいパスワード"
JA["Password changed."] = "パスワードを変更しました。"
JA["&Change password"] = "パスワードを変更(&C)"
JA["The two new passwords differ. Type them again."] = "2 つの新しいパスワードが異なります。もう一度入力してください。"
JA["&Continue"] = "続ける(&C)"
JA["&Enrol"] = "登録(&E)"
JA["The two passwords differ. Type them again."] = "2 つのパスワードが異なります。もう一度入力してください。"
JA["&First sign-in…"] = "初回サインイン(&F)…"
JA["Enrol with the code an administrator gave you: choose your password and set up your authenticator."] = "管理者から受け取ったコードで登録します。パスワードを決め、認証アプリを設定します。"
JA["You are enrolled. Sign in with your new password and a code from your authenticator."] = "登録しました。新しいパスワードと認証アプリのコードでサインインしてください。"
JA["Change &password…"] = "パスワードの変更(&P)…"
JA["Your password was changed."] = "パスワードを変更しました。"
JA['workspace init DIR | user add|confirm|enrol|password|reset|list|disable | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | authority list|callback | doc list|inspect|replace | risk names list|add|remove | risk check ID'] = 'workspace init フォルダ | user add|confirm|enrol|password|reset|list|disable | import パッケージ | app list|show|take|return|reject | approve ID | audit verify|export | csr check ファイル | blocklist import ファイル | lint ファイル | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show シリアル | revoke シリアル | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | authority list|callback | doc list|inspect|replace | risk names list|add|remove | risk check ID'
JA["Your one-time code cannot be checked: this workspace cannot open your authenticator's stored secret (its secrets.key is not the one it was sealed with, or the database was altered). Tell an administrator."] = "ワンタイムコードを確認できません。このワークスペースでは認証アプリの保存済みシークレットを開けません（secrets.key が封印したときの鍵と異なるか、データベースが改変されています）。管理者に知らせてください。"
JA["A stored secret cannot be opened: the workspace's secrets.key is missing, is not the key it was sealed with, or the value was altered."] = "保存されたシークレットを開けません。ワークスペースの secrets.key がないか、封印したときの鍵と異なるか、値が改変されています。"
JA["The enrolment code of this account has expired: reset the account for a new one, then confirm."] = "このアカウントの登録コードは期限切れです。アカウントをリセットして新しいコードを発行してから確認してください。"
JA["This account is disabled."] = "このアカウントは無効です。"
JA["This would leave fewer than two active administrators: add and confirm another administrator first."] = "有効な管理者が 2 人未満になります。先に別の管理者を追加して確認してください。"
JA["The workspace's key file %1 cannot be read or made, or is not a key: sign-in with a one-time code needs it."] = "ワークスペースの鍵ファイル %1 を読めない、作成できない、または鍵ではありません。ワンタイムコードによるサインインに必要です。"
JA["Only the officer who took this application, or a supervisor, may return or reject it."] = "この申請を差し戻しまたは却下できるのは、申請を引き受けた RA 担当者か監督者だけです。"
JA["The certificate application %1 would get:"] = "申請 %1 に発行される証明書:"
JA["Nothing was approved. To approve exactly this content: ra-cli --as %1 approve %2 --digest %3"] = "何も承認していません。この内容をそのまま承認するには: ra-cli --as %1 approve %2 --digest %3"
JA["Usage: ra-cli approve ID --as SUPERVISOR [--digest SHA256]"] = "使い方: ra-cli approve ID --as SUPERVISOR [--digest SHA256]"
JA["With approve: the SHA-256 of the tbsCertificate shown by `approve ID` alone."] = "approve と共に: `approve ID` だけで表示された tbsCertificate の SHA-256。"
JA["SHA256"] = "SHA256"
JA["--digest takes the 64 lower-case hex digits `approve ID` showed as the tbsCertificate SHA-256."] = "--digest には、`approve ID` が tbsCertificate の SHA-256 として表示した 64 桁の小文字 16 進数を指定します。"
JA["Only the officer who took this application, or a supervisor, may return, resubmit or reject it."] = "この申請を差し戻し・再提出・却下できるのは、申請を引き受けた RA 担当者か監督者だけです。"
JA["Asked at %1; its certificate's SHA-256: %2"] = "問い合わせ先 %1、証明書の SHA-256: %2"
JA["none"] = "なし"
JA["Your role (%1) may not do this: %2."] = "あなたのロール（%1）ではこの操作はできません: %2。"
JA["Reading the workspace needs a signed-in user: name yourself with --as USER."] = "ワークスペースを読むにはサインインが必要です。--as USER で名乗ってください。"
JA["%n records that decide issuance match their seals."] = "発行を左右する記録 %n 件が封印と一致しました。"
JA["Record %1 of %2 has no seal in the audit log: it was written outside the application."] = "%2 の記録 %1 には監査ログ上の封印がありません。アプリケーションの外で書き込まれました。"
JA["Record %1 of %2 is not what its seal in the audit log says: it was changed outside the application."] = "%2 の記録 %1 は監査ログ上の封印と一致しません。アプリケーションの外で変更されました。"
JA["Record %1 of %2 is sealed in the audit log but gone: it was deleted outside the application."] = "%2 の記録 %1 は監査ログで封印されていますが、存在しません。アプリケーションの外で削除されました。"
JA["The records that decide issuance cannot be read."] = "発行を左右する記録を読み取れません。"
JA["A record just written cannot be found."] = "書き込んだばかりの記録が見つかりません。"
JA["FAILED: %1"] = "不合格: %1"
JA["✘ %1"] = "✘ %1"
JA["Every record matches its seal, but the database's schema is not the one the application made: a trigger, view, index or table was added, changed or dropped outside it, and could have changed records before they were sealed."] = "すべての記録は封印と一致しますが、データベースのスキーマがアプリケーションの作ったものと異なります。トリガー・ビュー・索引・表がアプリケーションの外で追加・変更・削除されており、封印前に記録を書き換えられた可能性があります。"
JA["The database's schema is not the one the application made (a trigger, view or table changed outside it): no evidence in it can be trusted. Nothing was signed."] = "データベースのスキーマがアプリケーションの作ったものと異なります（トリガー・ビュー・表がアプリケーションの外で変更されました）。その中の証跡は信頼できません。何も署名していません。"
JA["Record %1 of %2, which this issuance rests on, is not what the audit log sealed: it was written, changed or deleted outside the application. Nothing was signed."] = "この発行が拠り所とする %2 の記録 %1 は監査ログが封印したものと異なります。アプリケーションの外で書き込み・変更・削除されました。何も署名していません。"
JA["An administrator names the PKCS#11 module and token first: ra-cli settings set hsm/module PATH, hsm/token_label LABEL."] = "先に管理者が PKCS#11 モジュールとトークンを指定してください: ra-cli settings set hsm/module パス、hsm/token_label ラベル。"
JA["The corporate-number registry is not configured (corporate_number/base_url, set by an administrator; the application id in workspace.ini [corporate_number])."] = "法人番号の登録簿が設定されていません（corporate_number/base_url は管理者が設定し、アプリケーション ID は workspace.ini の [corporate_number] に置きます）。"
JA["The security settings recorded in the audit log do not verify: %1 Nothing was signed."] = "監査ログに記録されたセキュリティ設定を検証できません: %1 何も署名していません。"
JA["No mail relay is configured: an administrator sets mail/relay and mail/from (ra-cli settings set)."] = "メールの中継サーバーが設定されていません。管理者が mail/relay と mail/from を設定します（ra-cli settings set）。"
JA["%1 is not a security setting; it stays in workspace.ini."] = "%1 はセキュリティ設定ではありません。workspace.ini に置きます。"
JA["The value of %1 is not one line of text."] = "%1 の値が1行のテキストではありません。"
JA["%1 must be a whole number of at least 1."] = "%1 は1以上の整数でなければなりません。"
JA["%1 is not a security setting."] = "%1 はセキュリティ設定ではありません。"
JA["Only an administrator changes the security settings."] = "セキュリティ設定を変更できるのは管理者だけです。"
JA["Only a demo workspace has a lab that may point its settings at itself; here an administrator changes them."] = "設定をラボに向けられるのはデモ用ワークスペースのラボだけです。このワークスペースでは管理者が変更します。"
JA["Only auditors, supervisors and administrators read the settings."] = "設定を閲覧できるのは監査人・責任者・管理者だけです。"
JA["Audit entry %1 was changed outside the application: run `ra-cli audit verify`."] = "監査ログのエントリ %1 がアプリケーションの外で変更されました。`ra-cli audit verify` を実行してください。"
JA["No mail relay is configured (ra-cli settings set mail/relay)."] = "メールの中継サーバーが設定されていません（ra-cli settings set mail/relay）。"
JA["%1 is a security setting: an administrator changes it, and the audit log keeps it."] = "%1 はセキュリティ設定です。管理者が変更し、監査ログが保持します。"
JA["Usage: ra-cli ca init --demo --as ADMIN (a demo CA in a new SoftHSM2 token), or ra-cli ca init --chain FILE --ocsp-cert FILE --as ADMIN (register a CA whose keys are in the HSM named by the settings hsm/module and hsm/token_label)."] = "使い方: ra-cli ca init --demo --as 管理者 (新しい SoftHSM2 トークンにデモ CA を作成)、または ra-cli ca init --chain ファイル --ocsp-cert ファイル --as 管理者 (設定 hsm/module と hsm/token_label で指定した HSM に鍵がある CA を登録)。"
JA["workspace init DIR | user add|confirm|enrol|password|reset|list|disable | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | authority list|callback | doc list|inspect|replace | risk names list|add|remove | risk check ID | settings list|set KEY VALUE"] = "workspace init フォルダ | user add|confirm|enrol|password|reset|list|disable | import パッケージ | app list|show|take|return|reject | approve ID | audit verify|export | csr check ファイル | blocklist import ファイル | lint ファイル | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show シリアル | revoke シリアル | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | authority list|callback | doc list|inspect|replace | risk names list|add|remove | risk check ID | settings list|set キー 値"
JA["Usage: ra-cli settings list | settings set KEY VALUE --as ADMINISTRATOR (an empty VALUE removes the setting)"] = "使い方: ra-cli settings list | settings set キー 値 --as 管理者（値を空にすると設定を削除します）"
JA["%1 is now “%2” (was “%3”); the audit log records the change."] = "%1 を「%2」にしました（以前は「%3」）。変更は監査ログに記録されています。"
JA["A demo CA in a SoftHSM2 token belongs to a demo workspace only; register this workspace's CA with ra-cli ca init --chain."] = "SoftHSM2 トークン上のデモ CA はデモ用ワークスペース専用です。このワークスペースの CA は ra-cli ca init --chain で登録してください。"
JA["%1 is not a setting the workstation reads."] = "%1 はワークステーションが読む設定ではありません。"
JA["The value of %1 is not one line of text without leading or trailing spaces."] = "%1 の値は前後に空白のない1行のテキストでなければなりません。"
JA["%1 may not be empty: its default is not necessarily what is meant."] = "%1 は空にできません。既定値が意図した値とは限りません。"
JA["%1 is true or false."] = "%1 は true または false です。"
JA["%1 must be a whole number from %2 to %3."] = "%1 は %2 から %3 までの整数でなければなりません。"
