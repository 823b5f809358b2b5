<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApplicationQueue</name>
    <message>
        <source>The queue cannot be read.</source>
        <translation>キューを読み込めません。</translation>
    </message>
</context>
<context>
    <name>ApplicationService</name>
    <message>
        <source>There is no check %1.</source>
        <translation>チェック %1 はありません。</translation>
    </message>
    <message>
        <source>Say what the decision rests on (at most 2000 characters).</source>
        <translation>判断の根拠を記入してください（2000 文字以内）。</translation>
    </message>
    <message>
        <source>%1 is decided by its evidence records, not set directly.</source>
        <translation>%1 は証拠の記録によって判定され、直接設定することはできません。</translation>
    </message>
</context>
<context>
    <name>ApplicationState</name>
    <message>
        <source>Received</source>
        <translation>受付済み</translation>
    </message>
    <message>
        <source>In review</source>
        <translation>審査中</translation>
    </message>
    <message>
        <source>Ready for approval</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>承認済み</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行済み</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返却済み</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>却下</translation>
    </message>
</context>
<context>
    <name>ApprovalService</name>
    <message>
        <source>The certificate cannot be approved: %1</source>
        <translation>この証明書は承認できません: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n lint error(s).</source>
        <translation>
            <numerusform>リントエラー %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <source>The certificate content changed since it was shown; look at it again.</source>
        <translation>表示後に証明書の内容が変わりました。もう一度確認してください。</translation>
    </message>
</context>
<context>
    <name>ApproverKey</name>
    <message>
        <source>Your approval key could not be used.</source>
        <translation>承認鍵を使用できませんでした。</translation>
    </message>
    <message>
        <source>The password does not open your approval key.</source>
        <translation>このパスワードでは承認鍵を開けません。</translation>
    </message>
</context>
<context>
    <name>ApproverKeyCertifier</name>
    <message>
        <source>The audit log does not verify, so the creation of this key cannot be trusted: %1</source>
        <translation>監査ログの検証に失敗したため、この鍵の作成を信頼できません：%1</translation>
    </message>
    <message>
        <source>No audit entry records the creation of this key: it was not made by the workstation.</source>
        <translation>この鍵の作成を記録した監査エントリがありません。ワークステーションで作成された鍵ではありません。</translation>
    </message>
    <message>
        <source>%1 is disabled.</source>
        <translation>%1 は無効化されています。</translation>
    </message>
    <message>
        <source>No audit entry records that another user gave %1 a role that approves, confirmed by a second administrator where needed.</source>
        <translation>%1 に承認できる役割を他の利用者が与え、必要な場合に第二の管理者が確認したことを記録した監査エントリがありません。</translation>
    </message>
</context>
<context>
    <name>AuditLogService</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>The export has no head line: it was cut short.</source>
        <translation>書き出しファイルに先頭情報の行がありません: 途中で切れています。</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: they were deleted.</source>
        <translation>記録 %1〜%2 がありません: 削除されています。</translation>
    </message>
    <message>
        <source>Entry %1 appears twice.</source>
        <translation>記録 %1 が重複しています。</translation>
    </message>
    <message>
        <source>Entry %1 does not follow from entry %2: an entry was inserted or replaced here.</source>
        <translation>記録 %1 は記録 %2 に続いていません: ここで記録が挿入または置換されています。</translation>
    </message>
    <message>
        <source>Entry %1 was altered: its content no longer matches its hash.</source>
        <translation>記録 %1 は改ざんされています: 内容がハッシュと一致しません。</translation>
    </message>
    <message>
        <source>Entries %1 to %2 are missing: the newest entries were deleted.</source>
        <translation>記録 %1〜%2 がありません: 最新の記録が削除されています。</translation>
    </message>
    <message>
        <source>Entry %1 and later were added outside the application.</source>
        <translation>記録 %1 以降はアプリケーションの外で追加されたものです。</translation>
    </message>
    <message>
        <source>Entry %1 was replaced: it does not match the recorded head of the chain.</source>
        <translation>記録 %1 は置換されています: 記録されたチェーンの先頭と一致しません。</translation>
    </message>
    <message numerus="yes">
        <source>The audit log is intact: %n entries verified.</source>
        <translation>
            <numerusform>監査ログは完全です: %n 件を検証しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The checkpoint of entry %1 (%2) is not signed by the CA&apos;s audit key: it was forged or altered.</source>
        <translation>エントリ %1 のチェックポイント（%2）は CA の監査鍵で署名されていません。偽造または改ざんされています。</translation>
    </message>
    <message>
        <source>Entry %1 is not the entry the HSM signed at %2: the log was rewritten up to here.</source>
        <translation>エントリ %1 は HSM が %2 に署名したエントリではありません。ここまでのログが書き換えられています。</translation>
    </message>
    <message>
        <source>The log ends at entry %1, but the HSM signed a checkpoint of entry %2 at %3: the log was cut short.</source>
        <translation>ログはエントリ %1 で終わっていますが、HSM は %3 にエントリ %2 のチェックポイントに署名しています。ログが切り詰められています。</translation>
    </message>
    <message>
        <source>There is no signed checkpoint yet: nothing vouches for the log outside the database.</source>
        <translation>署名付きチェックポイントはまだありません。データベースの外からログを保証するものがありません。</translation>
    </message>
    <message>
        <source>%1 checkpoint(s) signed by the HSM verify; the last covers entry %2 (%3). %4 later entries are not yet covered: removing them would not show.</source>
        <translation>HSM が署名したチェックポイント %1 件を検証しました。最後のものはエントリ %2（%3）までを対象とします。それ以降の %4 件はまだ対象外で、削除されても検出できません。</translation>
    </message>
    <message>
        <source>This workspace&apos;s CA has no audit key.</source>
        <translation>このワークスペースの CA には監査鍵がありません。</translation>
    </message>
    <message>
        <source>No signed checkpoint was checked (the audit key could not be read from the HSM and none was given): a consistent rewrite of the whole log would not show.</source>
        <translation>署名付きチェックポイントは検証していません（HSM から監査鍵を読み取れず、指定もされていません）。ログ全体を整合的に書き換えられても検出できません。</translation>
    </message>
    <message>
        <source>An entry numbered %1 is in the log, which numbers from 1: it was added outside the application.</source>
        <translation>連番 %1 のエントリがあります（ログの連番は 1 から始まります）。アプリケーションの外で追加されたものです。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries have no sequence number: they were added outside the application.</source>
        <translation>
            <numerusform>%n 件のエントリに連番がありません。アプリケーションの外で追加されたものです。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records that decide issuance match their seals.</source>
        <translation>
            <numerusform>発行を左右する記録 %n 件が封印と一致しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Record %1 of %2 has no seal in the audit log: it was written outside the application.</source>
        <translation>%2 の記録 %1 には監査ログ上の封印がありません。アプリケーションの外で書き込まれました。</translation>
    </message>
    <message>
        <source>Record %1 of %2 is not what its seal in the audit log says: it was changed outside the application.</source>
        <translation>%2 の記録 %1 は監査ログ上の封印と一致しません。アプリケーションの外で変更されました。</translation>
    </message>
    <message>
        <source>Record %1 of %2 is sealed in the audit log but gone: it was deleted outside the application.</source>
        <translation>%2 の記録 %1 は監査ログで封印されていますが、存在しません。アプリケーションの外で削除されました。</translation>
    </message>
    <message>
        <source>Every record matches its seal, but the database&apos;s schema is not the one the application made: a trigger, view, index or table was added, changed or dropped outside it, and could have changed records before they were sealed.</source>
        <translation>すべての記録は封印と一致しますが、データベースのスキーマがアプリケーションの作ったものと異なります。トリガー・ビュー・索引・表がアプリケーションの外で追加・変更・削除されており、封印前に記録を書き換えられた可能性があります。</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <source>This account is disabled.</source>
        <translation>このアカウントは無効です。</translation>
    </message>
    <message>
        <source>This account is locked after repeated failures until %1 (UTC).</source>
        <translation>失敗が続いたため、このアカウントは %1（UTC）までロックされています。</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed attempts: the account is locked for %n minute(s).</source>
        <translation>
            <numerusform>失敗が多すぎます: アカウントを %n 分間ロックしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The one-time code is not correct.</source>
        <translation>ワンタイムコードが正しくありません。</translation>
    </message>
    <message>
        <source>The user name, password or one-time code is not correct.</source>
        <translation>ユーザー名、パスワード、またはワンタイムコードが正しくありません。</translation>
    </message>
    <message>
        <source>A second administrator has not yet confirmed this account&apos;s role. Ask one to confirm it; they will give you the other part of your code.</source>
        <translation>このアカウントの役割はまだ第二の管理者に確認されていません。確認を依頼してください。その管理者からコードのもう一方の部分を受け取ります。</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>パスワードは %1 文字以上必要です。</translation>
    </message>
    <message>
        <source>The enrolment code is not correct, has been used or has expired. Ask an administrator for a new one.</source>
        <translation>登録コードが正しくないか、使用済みか、期限切れです。管理者に新しいコードを依頼してください。</translation>
    </message>
    <message>
        <source>The code from your authenticator does not match. Check that the whole secret was entered and that the device&apos;s clock is right.</source>
        <translation>認証アプリのコードが一致しません。シークレットをすべて入力したこと、端末の時計が正しいことを確認してください。</translation>
    </message>
    <message>
        <source>The new password is the current one.</source>
        <translation>新しいパスワードが現在のパスワードと同じです。</translation>
    </message>
    <message>
        <source>The current password is not correct.</source>
        <translation>現在のパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Your one-time code cannot be checked: this workspace cannot open your authenticator&apos;s stored secret (its secrets.key is not the one it was sealed with, or the database was altered). Tell an administrator.</source>
        <translation>ワンタイムコードを確認できません。このワークスペースでは認証アプリの保存済みシークレットを開けません（secrets.key が封印したときの鍵と異なるか、データベースが改変されています）。管理者に知らせてください。</translation>
    </message>
</context>
<context>
    <name>AuthorityPage</name>
    <message>
        <source>Applicant representative, as the application states (not a verified source for the call-back)</source>
        <translation>申請者代表者（申請書の記載。コールバックの確認済み情報源ではありません）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>役職</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Record a call-back: Reliable Method of Communication (R-ORG-5, CP 3.2.5)</source>
        <translation>コールバックの記録: 信頼できる連絡手段（R-ORG-5、CP 3.2.5）</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>手段(&amp;C)</translation>
    </message>
    <message>
        <source>N&amp;umber or address</source>
        <translation>番号またはアドレス(&amp;U)</translation>
    </message>
    <message>
        <source>As found in the verified source, never the application&apos;s own contact</source>
        <translation>確認済みの情報源に記載のもの（申請書の連絡先は不可）</translation>
    </message>
    <message>
        <source>Taken &amp;from</source>
        <translation>情報源(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Where in the source</source>
        <translation>情報源内の箇所(&amp;W)</translation>
    </message>
    <message>
        <source>Listing, page or URL where the number or address appears</source>
        <translation>番号・アドレスが載っている掲載、ページまたは URL</translation>
    </message>
    <message>
        <source>&amp;Person reached</source>
        <translation>応対者(&amp;P)</translation>
    </message>
    <message>
        <source>Full name of the person who answered</source>
        <translation>応対した人の氏名</translation>
    </message>
    <message>
        <source>Their &amp;title</source>
        <translation>応対者の役職(&amp;T)</translation>
    </message>
    <message>
        <source>Position in the organization</source>
        <translation>組織内の役職</translation>
    </message>
    <message>
        <source>&amp;Date and time</source>
        <translation>日時(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>結果(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>メモ(&amp;N)</translation>
    </message>
    <message>
        <source>What was said, in a sentence</source>
        <translation>確認した内容を一文で</translation>
    </message>
    <message>
        <source>&amp;Record the call-back</source>
        <translation>コールバックを記録(&amp;R)</translation>
    </message>
    <message>
        <source>Call-backs recorded (never changed; the newest that reached someone decides)</source>
        <translation>記録済みのコールバック（変更不可。相手につながった最新の記録で判定）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <source>Number or address</source>
        <translation>番号またはアドレス</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <source>Person reached</source>
        <translation>応対者</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>記録者</translation>
    </message>
</context>
<context>
    <name>AuthorityService</name>
    <message>
        <source>Data source #%1 is not an approved Reliable Data Source: a call-back cannot rely on it.</source>
        <translation>データソース #%1 は承認済みの信頼できるデータソースではありません。コールバックの根拠にできません。</translation>
    </message>
</context>
<context>
    <name>AuthorityVerification</name>
    <message>
        <source>Telephone</source>
        <translation>電話</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Postal mail</source>
        <translation>郵便</translation>
    </message>
    <message>
        <source>Authority confirmed</source>
        <translation>権限を確認</translation>
    </message>
    <message>
        <source>Authority denied</source>
        <translation>権限を否定</translation>
    </message>
    <message>
        <source>Nobody reached</source>
        <translation>不通</translation>
    </message>
    <message>
        <source>Confirmed by %1 on %2 via %3 (call-back #%4, source: %5).</source>
        <translation>%1 が %2（%3）で確認（コールバック #%4、情報源: %5）。</translation>
    </message>
    <message>
        <source>Denied by %1 on %2 (call-back #%3): the representative&apos;s authority is not confirmed.</source>
        <translation>%1 が %2 で否定（コールバック #%3）: 代表者の権限は確認されていません。</translation>
    </message>
    <message>
        <source>A call-back record needs the number or address used, where in the verified source it was found, the date and time, and the person reached.</source>
        <translation>コールバックの記録には、使った番号またはアドレス、確認済み情報源内の掲載箇所、日時、応対者が必要です。</translation>
    </message>
    <message>
        <source>A field of the call-back record is too long.</source>
        <translation>コールバック記録の項目が長すぎます。</translation>
    </message>
    <message>
        <source>The number or address must come from an approved Reliable Data Source (CP 3.2.5).</source>
        <translation>番号またはアドレスは承認済みの信頼できるデータソースから取ったものでなければなりません（CP 3.2.5）。</translation>
    </message>
    <message>
        <source>The call-back must have taken place between the application&apos;s arrival and now.</source>
        <translation>コールバックは申請の受付から現在までの間に行われたものでなければなりません。</translation>
    </message>
    <message>
        <source>This is the contact the application gave: a call-back must use a number or address taken from a verified source, not from the application (CP 3.2.5).</source>
        <translation>これは申請書に記載の連絡先です。コールバックには申請書ではなく確認済みの情報源から取った番号またはアドレスを使ってください（CP 3.2.5）。</translation>
    </message>
</context>
<context>
    <name>CaActivationService</name>
    <message>
        <source>Two Key Custodians are needed to activate the CA key.</source>
        <translation>CA 鍵の活性化には2人の鍵管理者が必要です。</translation>
    </message>
    <message>
        <source>The second custodian must be a different person from the first.</source>
        <translation>2人目の鍵管理者は1人目とは別の人でなければなりません。</translation>
    </message>
    <message>
        <source>%1 is not a Key Custodian.</source>
        <translation>%1 は鍵管理者ではありません。</translation>
    </message>
    <message>
        <source>The PIN shares are malformed or from the same custodian.</source>
        <translation>PIN の分割片の形式が不正か、同じ鍵管理者のものです。</translation>
    </message>
    <message>
        <source>The PIN must be split among at least two custodians.</source>
        <translation>PIN は 2 名以上の鍵管理者に分割する必要があります。</translation>
    </message>
    <message>
        <source>%1 is named twice: each share of the PIN goes to a different custodian.</source>
        <translation>%1 が二度指定されています。PIN の分割片はそれぞれ別の鍵管理者に渡します。</translation>
    </message>
    <message>
        <source>%1 did not sign in, so gets no share: %2</source>
        <translation>%1 さんはサインインしていないため、分割片を受け取れません: %2</translation>
    </message>
    <message numerus="yes">
        <source>The PIN cannot be split among %n custodians.</source>
        <translation>
            <numerusform>PIN を %n 人の鍵管理者に分割できません。</numerusform>
        </translation>
    </message>
    <message>
        <source>This PIN rotation has ended.</source>
        <translation>この PIN 変更は終了しています。</translation>
    </message>
    <message>
        <source>The token&apos;s PIN was not changed: the old shares still work; destroy the new ones.</source>
        <translation>トークンの PIN は変更されていません。古い分割片は引き続き使えます。新しい分割片は破棄してください。</translation>
    </message>
</context>
<context>
    <name>CaCertificateBuilder</name>
    <message>
        <source>The CA certificate could not be made (%1).</source>
        <translation>CA 証明書を作成できませんでした (%1)。</translation>
    </message>
    <message>
        <source>A certificate of the chain cannot be read.</source>
        <translation>チェーンの証明書を読み取れません。</translation>
    </message>
    <message>
        <source>The issuing CA certificate is not a CA certified by the root.</source>
        <translation>発行 CA 証明書が、ルートにより証明された CA ではありません。</translation>
    </message>
    <message>
        <source>The OCSP responder certificate is not issued by the issuing CA for OCSP signing.</source>
        <translation>OCSP レスポンダ証明書が、発行 CA により OCSP 署名用に発行されたものではありません。</translation>
    </message>
</context>
<context>
    <name>CaSetupService</name>
    <message>
        <source>This workspace has no CA yet: run `ra-cli ca init` first.</source>
        <translation>このワークスペースにはまだ CA がありません。先に `ra-cli ca init` を実行してください。</translation>
    </message>
    <message>
        <source>This workspace has a CA already.</source>
        <translation>このワークスペースには既に CA があります。</translation>
    </message>
    <message>
        <source>SoftHSM2 is not installed (Debian package softhsm2).</source>
        <translation>SoftHSM2 がインストールされていません (Debian パッケージ softhsm2)。</translation>
    </message>
    <message>
        <source>The SoftHSM2 configuration cannot be written.</source>
        <translation>SoftHSM2 の設定を書き込めません。</translation>
    </message>
    <message>
        <source>Expected the issuing CA and root certificates (in that order) and one OCSP responder certificate, in PEM.</source>
        <translation>発行 CA 証明書とルート証明書 (この順) および OCSP レスポンダ証明書 1 枚を PEM で指定してください。</translation>
    </message>
    <message>
        <source>The OCSP responder certificate does not follow CP table 7.1-2; run ra-cli lint --profile ocsp-responder on it.</source>
        <translation>OCSP レスポンダ証明書が CP 表 7.1-2 に従っていません。ra-cli lint --profile ocsp-responder で確認してください。</translation>
    </message>
    <message>
        <source>The %1 certificate does not certify the key &quot;%2&quot; in the token.</source>
        <translation>%1 の証明書は、トークン内の鍵「%2」を証明していません。</translation>
    </message>
    <message>
        <source>An administrator names the PKCS#11 module and token first: ra-cli settings set hsm/module PATH, hsm/token_label LABEL.</source>
        <translation>先に管理者が PKCS#11 モジュールとトークンを指定してください: ra-cli settings set hsm/module パス、hsm/token_label ラベル。</translation>
    </message>
    <message>
        <source>A demo CA in a SoftHSM2 token belongs to a demo workspace only; register this workspace&apos;s CA with ra-cli ca init --chain.</source>
        <translation>SoftHSM2 トークン上のデモ CA はデモ用ワークスペース専用です。このワークスペースの CA は ra-cli ca init --chain で登録してください。</translation>
    </message>
</context>
<context>
    <name>Caa</name>
    <message>
        <source>The record set has the critical property &quot;%1&quot;, which this CA does not know: issuance is forbidden (RFC 8659 4.1).</source>
        <translation>レコードセットに、この CA が認識しないクリティカルなプロパティ「%1」があります。発行は禁止されます (RFC 8659 4.1)。</translation>
    </message>
    <message>
        <source>The record set has no issue property: any CA may issue.</source>
        <translation>レコードセットに issue プロパティがありません。どの CA も発行できます。</translation>
    </message>
    <message>
        <source>&quot;%1 %2&quot; authorizes %3.</source>
        <translation>「%1 %2」は %3 を認可しています。</translation>
    </message>
    <message>
        <source>No %1 property names %2; issuance is not authorized.</source>
        <translation>%2 を指定する %1 プロパティがありません。発行は認可されていません。</translation>
    </message>
    <message>
        <source>DNSSEC validation failed (bogus) for %1: never counted as permission (R-CAA-2).</source>
        <translation>%1 の DNSSEC 検証に失敗しました (bogus)。許可とはみなしません (R-CAA-2)。</translation>
    </message>
    <message>
        <source>The CAA lookup for %1 failed outside our infrastructure after %2 attempts and the zone is DNSSEC-insecure: treated as permission (R-CAA-2).</source>
        <translation>%1 の CAA 検索は当方の基盤外で %2 回失敗し、ゾーンは DNSSEC 非署名 (insecure) です。許可として扱います (R-CAA-2)。</translation>
    </message>
    <message>
        <source>The CAA lookup for %1 failed (%2); issuance is blocked until it succeeds (R-CAA-2).</source>
        <translation>%1 の CAA 検索に失敗しました (%2)。成功するまで発行できません (R-CAA-2)。</translation>
    </message>
    <message>
        <source>No CAA record set up to the top-level domain: any CA may issue.</source>
        <translation>トップレベルドメインまで CAA レコードセットがありません。どの CA も発行できます。</translation>
    </message>
</context>
<context>
    <name>CaaService</name>
    <message>
        <source>CAA is checked again at issuance of approved applications only.</source>
        <translation>発行時の CAA 再確認は承認済みの申請に対してのみ行います。</translation>
    </message>
</context>
<context>
    <name>CertificateBuilder</name>
    <message>
        <source>The certificate could not be built (%1).</source>
        <translation>証明書を作成できませんでした（%1）。</translation>
    </message>
    <message>
        <source>The country must be %1 (CP 3.1.1, table 7.1-1).</source>
        <translation>国は %1 でなければなりません（CP 3.1.1、表 7.1-1）。</translation>
    </message>
    <message>
        <source>The subject needs a real %1 value (CP 7.1, table 7.1-1; CP 7.1.4).</source>
        <translation>サブジェクトには実際の %1 の値が必要です（CP 7.1、表 7.1-1、CP 7.1.4）。</translation>
    </message>
    <message>
        <source>The subject needs a common name.</source>
        <translation>サブジェクトにはコモンネームが必要です。</translation>
    </message>
    <message>
        <source>The common name %1 is not one of the subjectAltName dNSNames (CP 7.1.4).</source>
        <translation>コモンネーム %1 が subjectAltName の dNSName に含まれていません（CP 7.1.4）。</translation>
    </message>
    <message>
        <source>The certificate needs at least one dNSName.</source>
        <translation>証明書には dNSName が1つ以上必要です。</translation>
    </message>
</context>
<context>
    <name>CertificatePreviewService</name>
    <message>
        <source>no evidence confirms the organization&apos;s name and address yet, and the subject is built from verified data only (R-CSR-5).</source>
        <translation>組織の名称と所在地を確認した証拠がまだありません。サブジェクトは確認済みの情報だけから作ります（R-CSR-5）。</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation>パスワードの変更</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>現在のパスワード(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新しいパスワード(&amp;N):</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>12 文字以上</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>もう一度(&amp;A):</translation>
    </message>
    <message>
        <source>A supervisor&apos;s approval key is sealed again under the new password; it stays the same key.</source>
        <translation>監督者の承認鍵は新しいパスワードで封印し直されます。鍵そのものは変わりません。</translation>
    </message>
</context>
<context>
    <name>Checklist</name>
    <message>
        <source>Applicant &amp; CSR</source>
        <translation>申請者と CSR</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>権限確認</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>まとめ</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>未了</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>対象外</translation>
    </message>
    <message>
        <source>CSR is a readable PKCS#10 request</source>
        <translation>CSR が読み取り可能な PKCS#10 要求である</translation>
    </message>
    <message>
        <source>CSR signature verifies (proof of possession)</source>
        <translation>CSR の署名が検証できる（秘密鍵の所持証明）</translation>
    </message>
    <message>
        <source>Subscriber Agreement executed</source>
        <translation>利用者契約が締結されている</translation>
    </message>
    <message>
        <source>At least one FQDN requested</source>
        <translation>FQDN が1つ以上申請されている</translation>
    </message>
    <message>
        <source>Key type, size and parameters allowed</source>
        <translation>鍵の種類・長さ・パラメータが許容範囲</translation>
    </message>
    <message>
        <source>Key is not weak or compromised</source>
        <translation>鍵が脆弱でも危殆化してもいない</translation>
    </message>
    <message>
        <source>Requested names can be certified</source>
        <translation>申請された名前が証明書に記載できる</translation>
    </message>
    <message>
        <source>Certificate preview passes the linter</source>
        <translation>証明書プレビューがリンターに合格する</translation>
    </message>
    <message>
        <source>No match in revoked or rejected records</source>
        <translation>失効・却下の記録と一致しない</translation>
    </message>
    <message>
        <source>Organization identity verified</source>
        <translation>組織の実在性を確認</translation>
    </message>
    <message>
        <source>Address is a place of business</source>
        <translation>所在地が事業所であることを確認</translation>
    </message>
    <message>
        <source>DBA / tradename verified</source>
        <translation>屋号・商号を確認</translation>
    </message>
    <message>
        <source>Country verified</source>
        <translation>国を確認</translation>
    </message>
    <message>
        <source>Documents attached with their SHA-256</source>
        <translation>書類が SHA-256 付きで添付されている</translation>
    </message>
    <message>
        <source>Documents inspected for alteration</source>
        <translation>書類の改ざん有無を確認</translation>
    </message>
    <message>
        <source>Representative&apos;s authority confirmed by call-back</source>
        <translation>コールバックで申請責任者の権限を確認</translation>
    </message>
    <message>
        <source>Domain control validated for every FQDN</source>
        <translation>すべての FQDN のドメイン管理権を確認</translation>
    </message>
    <message>
        <source>CAA permits issuance for every FQDN</source>
        <translation>すべての FQDN で CAA が発行を許可している</translation>
    </message>
    <message>
        <source>Validation corroborated by remote perspectives</source>
        <translation>リモートパースペクティブで認証結果を裏付け</translation>
    </message>
    <message>
        <source>The application includes a certificate signing request in PKCS#10 format.</source>
        <translation>申請には PKCS#10 形式の証明書署名要求が含まれる。</translation>
    </message>
    <message>
        <source>The applicant proves possession of the private key: the CSR signature verifies with the public key it carries.</source>
        <translation>申請者は秘密鍵の所持を証明する。CSR の署名が、CSR に含まれる公開鍵で検証できること。</translation>
    </message>
    <message>
        <source>No application proceeds without an executed Subscriber Agreement or Terms of Use: version, acceptance time and who accepted.</source>
        <translation>締結済みの利用者契約または利用規約（版、同意日時、同意者）がない申請は進められない。</translation>
    </message>
    <message>
        <source>The application names at least one fully-qualified domain name for the Subject Alternative Name extension.</source>
        <translation>申請にはサブジェクト代替名拡張に記載する FQDN が1つ以上含まれる。</translation>
    </message>
    <message>
        <source>RSA 2048 per the profile; public exponent odd, at least 3; modulus odd, not a prime power, no factor smaller than 752.</source>
        <translation>プロファイルに従い RSA 2048。公開指数は3以上の奇数、法は奇数で素数のべき乗でなく、752 未満の因数を持たない。</translation>
    </message>
    <message>
        <source>Refuse keys with the ROCA fingerprint, Debian weak keys, close primes, or keys reported compromised.</source>
        <translation>ROCA の特徴を持つ鍵、Debian の脆弱な鍵、近接した素数の鍵、危殆化が報告された鍵を拒否する。</translation>
    </message>
    <message>
        <source>Every name is an FQDN of LDH or P-labels under a public suffix: no wildcard, IP address, .onion, Internal Name or Reserved IP.</source>
        <translation>すべての名前はパブリックサフィックス配下の LDH ラベルまたは P ラベルからなる FQDN であること。ワイルドカード、IP アドレス、.onion、内部名、予約 IP は不可。</translation>
    </message>
    <message>
        <source>The exact certificate is linted against the Baseline Requirements and the profile before signing; any error stops issuance.</source>
        <translation>署名前に、発行する証明書そのものを Baseline Requirements とプロファイルに照らしてリントし、エラーがあれば発行を止める。</translation>
    </message>
    <message>
        <source>Each application is matched against previously revoked certificates and rejected requests; matches are high risk.</source>
        <translation>各申請を過去の失効証明書および却下された申請と照合し、一致したものは高リスクとする。</translation>
    </message>
    <message>
        <source>Verify the identity of the organization from a government agency, a Reliable Data Source, a site visit or an Attestation Letter.</source>
        <translation>政府機関、信頼できるデータソース、実地調査、または証明書簡により組織の実在性を確認する。</translation>
    </message>
    <message>
        <source>Verify that the address is a place of existence or operation of the organization.</source>
        <translation>所在地が組織の実在地または事業所であることを確認する。</translation>
    </message>
    <message>
        <source>A DBA or tradename, when present, is verified by one of the sources of CP 3.2.2.2.</source>
        <translation>屋号・商号がある場合は、CP 3.2.2.2 のいずれかの情報源で確認する。</translation>
    </message>
    <message>
        <source>The country of the organization is verified; the profile fixes C=JP.</source>
        <translation>組織の国を確認する。プロファイルでは C=JP に固定。</translation>
    </message>
    <message>
        <source>Every document relied upon is attached and stored with its SHA-256, who added it and when.</source>
        <translation>根拠とするすべての書類を、SHA-256、追加者、追加日時とともに添付・保存する。</translation>
    </message>
    <message>
        <source>Each document is inspected for alteration or falsification and the result recorded.</source>
        <translation>各書類について改ざん・偽造の有無を確認し、結果を記録する。</translation>
    </message>
    <message>
        <source>Confirm the representative&apos;s authority by a Reliable Method of Communication, such as a call-back to a number from a verified source.</source>
        <translation>確認済みの情報源から得た番号へのコールバックなど、信頼できる通信手段で申請責任者の権限を確認する。</translation>
    </message>
    <message>
        <source>Validate control of every FQDN by one of the methods of CP 3.2.2.4 with a Random Value valid for 30 days.</source>
        <translation>30日間有効なランダム値を用いて、CP 3.2.2.4 のいずれかの方法ですべての FQDN の管理権を確認する。</translation>
    </message>
    <message>
        <source>Check CAA records per RFC 8659 for every dNSName; issue within max(TTL, 8 hours) of the check.</source>
        <translation>すべての dNSName について RFC 8659 に従い CAA レコードを確認し、確認から max(TTL, 8時間) 以内に発行する。</translation>
    </message>
    <message>
        <source>Corroborate domain validation and CAA from remote Network Perspectives meeting the quorum of table 3.2.2.9-1.</source>
        <translation>表 3.2.2.9-1 のクォーラムを満たすリモートのネットワークパースペクティブで、ドメイン認証と CAA を裏付ける。</translation>
    </message>
    <message>
        <source>High-risk request: additional verification recorded (if high risk)</source>
        <translation>高リスク申請: 追加確認を記録（高リスクの場合）</translation>
    </message>
    <message>
        <source>A high-risk request (a match with revoked or rejected records, a high-risk name, a look-alike or mixed-script name) needs, before approval: every match examined and explained in the note; the organization confirmed by a second, independent source; the domain&apos;s registrant or DNS operator confirmed to be the organization.</source>
        <translation>高リスク申請（失効・却下の記録との一致、高リスク名称、類似名・混在文字の名前）は、承認の前に次が必要です: 一致をすべて調べてメモに説明を記録する、別の独立した情報源で組織を確認する、ドメインの登録者または DNS の運用者がその組織であることを確認する。</translation>
    </message>
</context>
<context>
    <name>CorporateNumber</name>
    <message>
        <source>A corporate number is 13 digits: %1 is not one.</source>
        <translation>法人番号は 13 桁です: %1 は法人番号ではありません。</translation>
    </message>
    <message>
        <source>The check digit of %1 is wrong: the number was mistyped.</source>
        <translation>%1 のチェックデジットが合いません。番号の入力誤りです。</translation>
    </message>
</context>
<context>
    <name>CorporateNumberApi</name>
    <message>
        <source>The registry&apos;s answer is not a corporate-number document; nothing was recorded.</source>
        <translation>登記情報の応答が法人番号の文書ではありません。何も記録していません。</translation>
    </message>
    <message>
        <source>The registry&apos;s answer is too large; nothing was recorded.</source>
        <translation>登記情報の応答が大きすぎます。何も記録していません。</translation>
    </message>
    <message>
        <source>The registry&apos;s answer is not valid UTF-8; nothing was recorded.</source>
        <translation>登記情報の応答が正しい UTF-8 ではありません。何も記録していません。</translation>
    </message>
    <message>
        <source>The registry did not answer in time; try again later. Nothing was recorded.</source>
        <translation>登記情報の照会が時間内に応答しませんでした。後でやり直してください。何も記録していません。</translation>
    </message>
    <message>
        <source>The registry answered with a redirect, which is not followed; nothing was recorded.</source>
        <translation>登記情報の照会がリダイレクトを返しました。リダイレクトには従いません。何も記録していません。</translation>
    </message>
    <message>
        <source>The registry cannot be reached; check the network and try again. Nothing was recorded.</source>
        <translation>登記情報の照会先に接続できません。ネットワークを確認してやり直してください。何も記録していません。</translation>
    </message>
    <message>
        <source>The registry refused the request (HTTP %1); nothing was recorded.</source>
        <translation>登記情報の照会が拒否されました（HTTP %1）。何も記録していません。</translation>
    </message>
    <message>
        <source>The corporate-number registry is not configured (corporate_number/base_url, set by an administrator; the application id in workspace.ini [corporate_number]).</source>
        <translation>法人番号の登録簿が設定されていません（corporate_number/base_url は管理者が設定し、アプリケーション ID は workspace.ini の [corporate_number] に置きます）。</translation>
    </message>
</context>
<context>
    <name>CsrParser</name>
    <message>
        <source>The CSR is larger than %1 KiB.</source>
        <translation>CSR が %1 KiB を超えています。</translation>
    </message>
    <message>
        <source>The CSR is not a readable PKCS#10 request (PEM or DER).</source>
        <translation>CSR が読み取り可能な PKCS#10 要求（PEM または DER）ではありません。</translation>
    </message>
    <message>
        <source>The CSR&apos;s public key cannot be read.</source>
        <translation>CSR の公開鍵を読み取れません。</translation>
    </message>
</context>
<context>
    <name>DataSourcesDialog</name>
    <message>
        <source>Reliable Data Sources</source>
        <translation>信頼できるデータソース</translation>
    </message>
    <message>
        <source>Only approved sources can be cited as evidence (R-ORG-4, CP 3.2.2.7). A source is withdrawn, never deleted: what was recorded from it keeps naming it.</source>
        <translation>証跡として引用できるのは承認済みの情報源のみです（R-ORG-4、CP 3.2.2.7）。情報源は削除せず取り下げます。それに基づく記録はその名前を保持します。</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>提供者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>&amp;Withdraw…</source>
        <translation>取り下げ(&amp;W)…</translation>
    </message>
    <message>
        <source>Evaluate a new source (CP 3.2.2.7)</source>
        <translation>新しい情報源の評価（CP 3.2.2.7）</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>提供者(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U):</translation>
    </message>
    <message>
        <source>Where it is consulted (no credentials)</source>
        <translation>参照先（認証情報は含めない）</translation>
    </message>
    <message>
        <source>P&amp;urpose:</source>
        <translation>目的(&amp;U):</translation>
    </message>
    <message>
        <source>The provider&apos;s purpose in collecting the data</source>
        <translation>提供者がデータを収集する目的</translation>
    </message>
    <message>
        <source>&amp;Age of the data:</source>
        <translation>データの鮮度(&amp;A):</translation>
    </message>
    <message>
        <source>How old the information it gives is</source>
        <translation>提供される情報がどれほど古いか</translation>
    </message>
    <message>
        <source>Update &amp;frequency:</source>
        <translation>更新頻度(&amp;F):</translation>
    </message>
    <message>
        <source>How often it is updated</source>
        <translation>更新される頻度</translation>
    </message>
    <message>
        <source>Public a&amp;ccessibility:</source>
        <translation>公開性(&amp;C):</translation>
    </message>
    <message>
        <source>Who can consult it, and how</source>
        <translation>誰がどのように参照できるか</translation>
    </message>
    <message>
        <source>&amp;Difficulty of falsification:</source>
        <translation>改ざんの困難さ(&amp;D):</translation>
    </message>
    <message>
        <source>How hard it is to falsify or alter the data</source>
        <translation>データの偽造・改ざんがどれほど難しいか</translation>
    </message>
    <message>
        <source>A&amp;pprove this source</source>
        <translation>この情報源を承認(&amp;P)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The workspace database cannot be opened.</source>
        <translation>ワークスペースのデータベースを開けません。</translation>
    </message>
    <message>
        <source>The database is busy; please try again.</source>
        <translation>データベースが使用中です。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>変更を保存できませんでした。</translation>
    </message>
    <message>
        <source>The database schema could not be prepared.</source>
        <translation>データベースのスキーマを準備できませんでした。</translation>
    </message>
    <message>
        <source>This workspace was created by a newer version of the RA Workstation.</source>
        <translation>このワークスペースは新しいバージョンの RA ワークステーションで作成されました。</translation>
    </message>
    <message>
        <source>The database schema could not be updated.</source>
        <translation>データベースのスキーマを更新できませんでした。</translation>
    </message>
</context>
<context>
    <name>Dcv</name>
    <message>
        <source>%1 is not %2 or one of its parent domains.</source>
        <translation>%1 は %2 でもその親ドメインでもありません。</translation>
    </message>
    <message>
        <source>%1 is a public suffix and cannot be an Authorization Domain Name (CP 3.2.2.4).</source>
        <translation>%1 はパブリックサフィックスのため、認可ドメイン名にはできません (CP 3.2.2.4)。</translation>
    </message>
    <message>
        <source>The prefix must be one label that begins with an underscore.</source>
        <translation>接頭辞はアンダースコアで始まる 1 つのラベルである必要があります。</translation>
    </message>
    <message>
        <source>A wildcard name cannot be validated over HTTP (BR 3.2.2.4.18, 3.2.2.4.19); use the DNS change method.</source>
        <translation>ワイルドカード名は HTTP では検証できません（BR 3.2.2.4.18、3.2.2.4.19）。DNS 変更の方法を使ってください。</translation>
    </message>
    <message>
        <source>The HTTP methods validate %1 itself: no parent domain and no prefix (CP 3.2.2.4 items 6 and 7).</source>
        <translation>HTTP による方法は %1 そのものを検証します。親ドメインも接頭ラベルも指定できません（CP 3.2.2.4 の 6 と 7）。</translation>
    </message>
    <message>
        <source>Redirect with status %1 refused: only 301, 302, 307 and 308 are followed (CP 3.2.2.4).</source>
        <translation>ステータス %1 のリダイレクトは拒否しました。たどるのは 301、302、307、308 だけです（CP 3.2.2.4）。</translation>
    </message>
    <message>
        <source>Redirect to %1 refused: only http on port 80 and https on port 443 are followed (CP 3.2.2.4).</source>
        <translation>%1 へのリダイレクトは拒否しました。たどるのはポート 80 の http とポート 443 の https だけです（CP 3.2.2.4）。</translation>
    </message>
    <message>
        <source>A delivery-status notification confirms nothing.</source>
        <translation>配信状態通知（バウンス）は何も確認しません。</translation>
    </message>
    <message>
        <source>An automatic answer (Auto-Submitted: %1) confirms nothing.</source>
        <translation>自動応答（Auto-Submitted: %1）は何も確認しません。</translation>
    </message>
    <message>
        <source>A message from the null sender or MAILER-DAEMON (a bounce) confirms nothing.</source>
        <translation>空の送信者または MAILER-DAEMON からのメッセージ（バウンス）は何も確認しません。</translation>
    </message>
    <message>
        <source>The reply comes from %1, which was not mailed.</source>
        <translation>返信は送信先ではない %1 から届いています。</translation>
    </message>
    <message>
        <source>The reply does not carry the value in its own text (a value only in the quoted message does not count).</source>
        <translation>返信の本文（引用部分以外）に値がありません（引用されたメッセージ内の値は数えません）。</translation>
    </message>
</context>
<context>
    <name>DcvService</name>
    <message>
        <source>Only the officer validating this application, while it is in review, validates its domains.</source>
        <translation>この申請のドメインを検証できるのは、審査中の間、その申請を審査している RA 担当者のみです。</translation>
    </message>
    <message>
        <source>%1 is not one of the names this application requests.</source>
        <translation>%1 はこの申請が求める名前ではありません。</translation>
    </message>
    <message>
        <source>The random value expired on %1; start a new attempt.</source>
        <translation>ランダム値は %1 に期限切れになりました。新しい試行を開始してください。</translation>
    </message>
    <message>
        <source>Attempt %1 is decided (%2); start a new attempt to validate %3 again.</source>
        <translation>試行 %1 は決定済みです (%2)。%3 を再度検証するには新しい試行を開始してください。</translation>
    </message>
    <message>
        <source>The applicant places a file at %1 (or the same path over https) that contains %2, before %3.</source>
        <translation>申請者は %3 までに、%2 を含むファイルを %1（または https の同じパス）に置きます。</translation>
    </message>
    <message>
        <source>The applicant serves %1 over http on port 80 with exactly this body: %2, before %3.</source>
        <translation>申請者は %3 までに、%1 をポート 80 の http で、本文をちょうど %2 として提供します。</translation>
    </message>
    <message>
        <source>The applicant publishes a TXT record at %1 whose text is %2, before %3.</source>
        <translation>申請者は %3 までに、テキストが %2 の TXT レコードを %1 に公開します。</translation>
    </message>
    <message>
        <source>The email methods take no prefix label.</source>
        <translation>メールによる方法では接頭ラベルは指定できません。</translation>
    </message>
    <message>
        <source>An email with its own random value goes to each of %1; the applicant replies to one of them from that address, writing its value in the reply, before %2.</source>
        <translation>%1 のそれぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかのアドレスから、値を返信本文に書いて返信します。</translation>
    </message>
    <message>
        <source>An email with its own random value goes to each Domain Contact of %1 the registry names (RDAP, else WHOIS); the applicant replies to one of them from that address, writing its value in the reply, before %2.</source>
        <translation>レジストリ（RDAP、なければ WHOIS）が示す %1 のドメイン連絡先それぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかのアドレスから、値を返信本文に書いて返信します。</translation>
    </message>
    <message>
        <source>An email with its own random value goes to each contactemail address of the CAA records of %1 that the perspectives confirm; the applicant replies to one of them from that address, writing its value in the reply, before %2.</source>
        <translation>%1 の CAA レコードの contactemail のうち、視点が確認したアドレスそれぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかのアドレスから、値を返信本文に書いて返信します。</translation>
    </message>
    <message>
        <source>An email with its own random value goes to each address in the TXT records at %1 that the perspectives confirm; the applicant replies to one of them from that address, writing its value in the reply, before %2.</source>
        <translation>%1 の TXT レコードのうち、視点が確認したアドレスそれぞれに、固有のランダム値を記したメールを送ります。申請者は %2 までに、そのいずれかのアドレスから、値を返信本文に書いて返信します。</translation>
    </message>
</context>
<context>
    <name>DemoWorkspace</name>
    <message>
        <source>The demo credentials cannot be written.</source>
        <translation>デモ用の認証情報を書き込めません。</translation>
    </message>
    <message>
        <source>SoftHSM2 is not installed (Debian package softhsm2).</source>
        <translation>SoftHSM2 がインストールされていません (Debian パッケージ softhsm2)。</translation>
    </message>
    <message>
        <source>The demo&apos;s validation of %1 failed.</source>
        <translation>デモの %1 のドメイン認証に失敗しました。</translation>
    </message>
    <message>
        <source>%1 cannot be removed.</source>
        <translation>%1 を削除できません。</translation>
    </message>
    <message>
        <source>No second administrator to confirm %1.</source>
        <translation>%1 を確認する第二の管理者がいません。</translation>
    </message>
</context>
<context>
    <name>DnsLab</name>
    <message>
        <source>Knot DNS is not installed (Debian package knot).</source>
        <translation>Knot DNS がインストールされていません (Debian パッケージ knot)。</translation>
    </message>
    <message>
        <source>The lab&apos;s DNS server refused a command.</source>
        <translation>ラボの DNS サーバーがコマンドを拒否しました。</translation>
    </message>
    <message>
        <source>The lab&apos;s DNS server runs already (PID %1).</source>
        <translation>ラボの DNS サーバーは既に動作しています (PID %1)。</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 is in use; choose another with --port.</source>
        <translation>127.0.0.1 のポート %1 は使用中です。--port で別のポートを指定してください。</translation>
    </message>
    <message>
        <source>The lab&apos;s zone cannot be written to %1.</source>
        <translation>ラボのゾーンを %1 に書き込めません。</translation>
    </message>
    <message>
        <source>The lab&apos;s DNS server did not start; see %1.</source>
        <translation>ラボの DNS サーバーが起動しませんでした。%1 を確認してください。</translation>
    </message>
    <message>
        <source>The lab&apos;s DNS server (PID %1) did not stop.</source>
        <translation>ラボの DNS サーバー (PID %1) が停止しませんでした。</translation>
    </message>
    <message>
        <source>The lab serves no zone for %1.</source>
        <translation>ラボは %1 のゾーンを提供していません。</translation>
    </message>
</context>
<context>
    <name>DocumentReview</name>
    <message>
        <source>Issuer, seal and signature consistent with the issuing authority</source>
        <translation>発行者、印影、署名が発行機関のものと整合している</translation>
    </message>
    <message>
        <source>Dates plausible and the document current</source>
        <translation>日付に矛盾がなく、書類が最新である</translation>
    </message>
    <message>
        <source>Names, numbers and addresses agree with the application and evidence</source>
        <translation>名称、番号、住所が申請書および証拠と一致している</translation>
    </message>
    <message>
        <source>No sign of alteration: fonts, alignment, overlays, erasures, file metadata</source>
        <translation>改ざんの形跡がない（フォント、配置、貼り付け、消去、ファイルのメタデータ）</translation>
    </message>
    <message>
        <source>Document #%1 is not a current document of this application: only the version relied upon now can be replaced.</source>
        <translation>書類 #%1 はこの申請の現行の書類ではありません。差し替えできるのは現在依拠している版だけです。</translation>
    </message>
    <message>
        <source>There is no inspection check &quot;%1&quot; (or it is named twice).</source>
        <translation>点検項目「%1」はありません（または重複しています）。</translation>
    </message>
    <message>
        <source>A check was not confirmed: say what was found.</source>
        <translation>確認できなかった項目があります。見つかった内容を記入してください。</translation>
    </message>
    <message>
        <source>The finding is too long.</source>
        <translation>所見が長すぎます。</translation>
    </message>
    <message>
        <source>%1 failed inspection #%2 by %3: %4</source>
        <translation>%1 は点検 #%2（%3）で不合格: %4</translation>
    </message>
    <message>
        <source>%1 (inspection #%2 by %3)</source>
        <translation>%1（点検 #%2、%3）</translation>
    </message>
    <message>
        <source>Not inspected yet: %1</source>
        <translation>未点検: %1</translation>
    </message>
    <message>
        <source>Inspected: %1</source>
        <translation>点検済み: %1</translation>
    </message>
    <message>
        <source>The stored file of %1 no longer matches its SHA-256: it is not the document inspected. Report it.</source>
        <translation>%1 の保存ファイルが SHA-256 と一致しなくなりました。点検した書類ではありません。報告してください。</translation>
    </message>
</context>
<context>
    <name>DocumentService</name>
    <message>
        <source>Document #%1 is not a current document of this application: only the version relied upon is inspected.</source>
        <translation>書類 #%1 はこの申請の現行の書類ではありません。点検するのは依拠している版だけです。</translation>
    </message>
    <message>
        <source>The stored file of %1 is missing or no longer matches its SHA-256: it cannot be inspected. Report it.</source>
        <translation>%1 の保存ファイルが見つからないか SHA-256 が一致しません。点検できません。報告してください。</translation>
    </message>
    <message>
        <source>%1 is not a readable file.</source>
        <translation>%1 は読み込めるファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes.</source>
        <translation>%1 は %2 バイトを超えています。</translation>
    </message>
</context>
<context>
    <name>DocumentsPage</name>
    <message>
        <source>Documents relied upon, every version (R-DOC-1, CP 3.2.2)</source>
        <translation>依拠する書類（全版、R-DOC-1、CP 3.2.2）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Inspection</source>
        <translation>点検</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Inspect the selected document for alteration or falsification</source>
        <translation>選択した書類の改ざん・偽造を点検</translation>
    </message>
    <message>
        <source>Tick what you confirmed; anything left unticked fails the inspection and needs a finding.</source>
        <translation>確認した項目にチェックしてください。チェックのない項目があれば不合格となり、所見が必要です。</translation>
    </message>
    <message>
        <source>&amp;Finding</source>
        <translation>所見(&amp;F)</translation>
    </message>
    <message>
        <source>What was found, when a check did not hold</source>
        <translation>確認できなかった項目について見つかった内容</translation>
    </message>
    <message>
        <source>Record the &amp;inspection</source>
        <translation>点検を記録(&amp;I)</translation>
    </message>
    <message>
        <source>Re&amp;place with a new version…</source>
        <translation>新しい版に差し替え(&amp;P)…</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当者</translation>
    </message>
</context>
<context>
    <name>DomainChecks</name>
    <message>
        <source>Every name validated, corroborated.</source>
        <translation>すべての名前が検証され、裏付けられました。</translation>
    </message>
    <message>
        <source>Not validated yet: %1.</source>
        <translation>未検証: %1。</translation>
    </message>
    <message>
        <source>CAA forbids issuance for %1 (CP 3.2.2.8).</source>
        <translation>CAA により %1 への発行は禁止されています (CP 3.2.2.8)。</translation>
    </message>
    <message>
        <source>CAA allows every name, corroborated.</source>
        <translation>CAA はすべての名前への発行を許可し、裏付けられました。</translation>
    </message>
    <message>
        <source>No current, corroborated CAA permission for %1.</source>
        <translation>%1 について有効で裏付けのある CAA 許可がありません。</translation>
    </message>
    <message>
        <source>Remote perspectives corroborated every validation and CAA check.</source>
        <translation>リモート視点がすべての検証と CAA 確認を裏付けました。</translation>
    </message>
    <message>
        <source>Waiting for corroborated validation and CAA of every name.</source>
        <translation>すべての名前について裏付けのある検証と CAA を待っています。</translation>
    </message>
</context>
<context>
    <name>DomainsPage</name>
    <message>
        <source>Primary</source>
        <translation>プライマリ</translation>
    </message>
    <message>
        <source>Corroborates</source>
        <translation>裏付けあり</translation>
    </message>
    <message>
        <source>Saw something else</source>
        <translation>別の値を観測</translation>
    </message>
    <message>
        <source>Failed or timed out</source>
        <translation>失敗またはタイムアウト</translation>
    </message>
    <message>
        <source>Asking…</source>
        <translation>問い合わせ中…</translation>
    </message>
    <message>
        <source>DNSSEC: secure</source>
        <translation>DNSSEC: 安全 (secure)</translation>
    </message>
    <message>
        <source>DNSSEC: insecure (unsigned)</source>
        <translation>DNSSEC: 非署名 (insecure)</translation>
    </message>
    <message>
        <source>DNSSEC: bogus (validation failed)</source>
        <translation>DNSSEC: 不正 (検証失敗)</translation>
    </message>
    <message>
        <source>DNSSEC: not validated</source>
        <translation>DNSSEC: 未検証</translation>
    </message>
</context>
<context>
    <name>DossierService</name>
    <message>
        <source>Only auditors and supervisors produce an application&apos;s dossier.</source>
        <translation>申請の記録簿を作成できるのは監査担当者と承認者だけです。</translation>
    </message>
    <message>
        <source>Dossier of application %1</source>
        <translation>申請 %1 の記録簿</translation>
    </message>
    <message>
        <source>Produced by %1 on %2 from workspace %3. State: %4.</source>
        <translation>%1 が %2 にワークスペース %3 から作成。状態: %4。</translation>
    </message>
    <message>
        <source>Claims of the application</source>
        <translation>申請書の記載内容</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Claimed</source>
        <translation>申請内容</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <source>DBA / tradename</source>
        <translation>屋号・商号</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>代表者</translation>
    </message>
    <message>
        <source>Requested names</source>
        <translation>申請されたドメイン名</translation>
    </message>
    <message>
        <source>CSR subject</source>
        <translation>CSR のサブジェクト</translation>
    </message>
    <message>
        <source>High risk</source>
        <translation>高リスク</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>no</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Verified organization (R-CSR-5)</source>
        <translation>確認済みの組織（R-CSR-5）</translation>
    </message>
    <message>
        <source>Not verified: no evidence confirms the organization&apos;s name and address.</source>
        <translation>未確認: 組織の名称と住所を確認する証拠がありません。</translation>
    </message>
    <message>
        <source>Organization evidence (R-ORG-1)</source>
        <translation>組織の証拠（R-ORG-1）</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Confirms</source>
        <translation>確認した事項</translation>
    </message>
    <message>
        <source>Verified values</source>
        <translation>確認済みの値</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>Answer SHA-256</source>
        <translation>回答の SHA-256</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>No organization evidence.</source>
        <translation>組織の証拠はありません。</translation>
    </message>
    <message>
        <source>Call-backs (R-ORG-5)</source>
        <translation>コールバック（R-ORG-5）</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>手段</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <source>Person reached</source>
        <translation>応対者</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>No call-back recorded.</source>
        <translation>コールバックの記録はありません。</translation>
    </message>
    <message>
        <source>Documents and inspections (R-DOC-1)</source>
        <translation>書類と点検（R-DOC-1）</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation>差し替え元</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>No documents.</source>
        <translation>書類はありません。</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>書類</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>確認済み</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>所見</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>No inspection recorded.</source>
        <translation>点検の記録はありません。</translation>
    </message>
    <message>
        <source>Domain validation, CAA and corroboration (R-DCV-2, R-CAA-1, R-MPIC-1)</source>
        <translation>ドメイン認証、CAA、複数地点での裏付け（R-DCV-2、R-CAA-1、R-MPIC-1）</translation>
    </message>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>確認日時</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>観測内容</translation>
    </message>
    <message>
        <source>Corroboration</source>
        <translation>裏付け</translation>
    </message>
    <message>
        <source>No domain validation attempt.</source>
        <translation>ドメイン認証の試行はありません。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>レコード</translation>
    </message>
    <message>
        <source>No CAA check.</source>
        <translation>CAA の確認はありません。</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>チェックリスト</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判定者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>Approvals and certificate (R-APR-2, R-ISS-1)</source>
        <translation>承認と証明書（R-APR-2、R-ISS-1）</translation>
    </message>
    <message>
        <source>Approver</source>
        <translation>承認者</translation>
    </message>
    <message>
        <source>tbsCertificate SHA-256</source>
        <translation>tbsCertificate の SHA-256</translation>
    </message>
    <message>
        <source>No approval.</source>
        <translation>承認はありません。</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>Certificate SHA-256</source>
        <translation>証明書の SHA-256</translation>
    </message>
    <message>
        <source>No certificate.</source>
        <translation>証明書はありません。</translation>
    </message>
    <message>
        <source>Audit trail of the application (R-AUD-1)</source>
        <translation>申請の監査証跡（R-AUD-1）</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>エントリのハッシュ</translation>
    </message>
    <message>
        <source>No audit entries.</source>
        <translation>監査エントリはありません。</translation>
    </message>
    <message>
        <source>%1, corporate number %2; %3 %4 %5, %6 — evidence #%7 from %8, %9.</source>
        <translation>%1、法人番号 %2、%3 %4 %5、%6 — 証跡 #%7（%8）、%9。</translation>
    </message>
    <message>
        <source>not looked up</source>
        <translation>未照会</translation>
    </message>
    <message>
        <source>answer SHA-256 %1</source>
        <translation>応答の SHA-256 %1</translation>
    </message>
    <message>
        <source> (documents %1)</source>
        <translation>（書類 %1）</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>First sign-in</source>
        <translation>初回サインイン</translation>
    </message>
    <message>
        <source>Your administrator gave you an enrolment code (and, for a supervisor, key custodian or administrator, a second administrator gave you its other part). With it you choose your own password and set up your own authenticator; nobody else ever sees them.</source>
        <translation>管理者から登録コードを受け取っています（監督者・鍵管理者・管理者の場合は、第二の管理者からもう一方の部分も受け取っています）。このコードで自分のパスワードを決め、自分の認証アプリを設定します。それを他の誰かが見ることはありません。</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Enrolment code:</source>
        <translation>登録コード(&amp;E):</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX-XXXX (all parts, in any order)</source>
        <translation>XXXX-XXXX-XXXX-XXXX（すべての部分を順不同で）</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>at least 12 characters</source>
        <translation>12 文字以上</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>もう一度(&amp;A):</translation>
    </message>
    <message>
        <source>Your authenticator</source>
        <translation>あなたの認証アプリ</translation>
    </message>
    <message>
        <source>Add an account to your authenticator app (TOTP, 6 digits, 30 seconds) with this secret, then type the code it shows.</source>
        <translation>このシークレットで認証アプリ（TOTP、6 桁、30 秒）にアカウントを追加し、表示されたコードを入力してください。</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>シークレット:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>アドレス:</translation>
    </message>
    <message>
        <source>&amp;Code shown:</source>
        <translation>表示されたコード(&amp;C):</translation>
    </message>
</context>
<context>
    <name>EvidenceDialog</name>
    <message>
        <source>Record organization evidence</source>
        <translation>組織の証跡を記録</translation>
    </message>
    <message>
        <source>Evidence from a source the workstation does not look up itself (CP 3.2.2.1–3.2.2.3). Enter what the source states, not what the application claims.</source>
        <translation>ワークステーションが自ら照会しない情報源による証跡です（CP 3.2.2.1〜3.2.2.3）。申請内容ではなく、情報源が示す内容を入力してください。</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種別(&amp;K):</translation>
    </message>
    <message>
        <source>Approved &amp;data source:</source>
        <translation>承認済みデータソース(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>参照(&amp;R):</translation>
    </message>
    <message>
        <source>Agency and file number, visit report, letter reference, URL</source>
        <translation>機関名と文書番号、訪問報告書、書簡の参照番号、URL</translation>
    </message>
    <message>
        <source>&amp;Obtained:</source>
        <translation>取得日時(&amp;O):</translation>
    </message>
    <message>
        <source>What the source confirms, as it states it</source>
        <translation>情報源が確認した内容（情報源の記載どおり）</translation>
    </message>
    <message>
        <source>&amp;Legal name</source>
        <translation>正式名称(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Address</source>
        <translation>所在地(&amp;A)</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Street (optional)</source>
        <translation>番地（任意）</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>国(&amp;C)</translation>
    </message>
    <message>
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <source>&amp;Tradename (DBA)</source>
        <translation>屋号・商号(&amp;T)</translation>
    </message>
    <message>
        <source>Documents it relies on (R-DOC-1):</source>
        <translation>根拠とする書類（R-DOC-1）:</translation>
    </message>
    <message>
        <source>Note (optional)</source>
        <translation>メモ（任意）</translation>
    </message>
</context>
<context>
    <name>HighRisk</name>
    <message>
        <source>%1: as revoked certificate %2 (%3)</source>
        <translation>%1: 失効した証明書 %2 と一致（%3）</translation>
    </message>
    <message>
        <source>%1: as application %2 rejected for suspected fraud (%3)</source>
        <translation>%1: 不正の疑いで却下された申請 %2 と一致（%3）</translation>
    </message>
    <message>
        <source>%1: contains the high-risk name &quot;%2&quot; (%3)</source>
        <translation>%1: 高リスク名称「%2」を含む（%3）</translation>
    </message>
    <message>
        <source>%1: looks like %2 (%3)</source>
        <translation>%1: %2 に類似（%3）</translation>
    </message>
    <message>
        <source>%1: the label &quot;%2&quot; mixes scripts</source>
        <translation>%1: ラベル「%2」で文字種が混在</translation>
    </message>
</context>
<context>
    <name>HighRiskNamesDialog</name>
    <message>
        <source>High-risk names</source>
        <translation>高リスク名称</translation>
    </message>
    <message>
        <source>Requested names are matched against these names and their look-alikes (same confusable skeleton, mixed scripts) at import and again before submission; a match flags the application high risk and asks for additional verification (R-IN-4, CP 4.2.1).</source>
        <translation>申請されたドメイン名は、取り込み時と承認依頼の前に、これらの名称およびその類似名称（同じ紛らわしい文字の骨格、文字種の混在）と照合されます。一致した申請は高リスクとなり、追加確認が必要になります（R-IN-4、CP 4.2.1）。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Skeleton (what look-alikes share)</source>
        <translation>骨格（類似名称に共通する形）</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>&amp;Remove the selected name…</source>
        <translation>選択した名称を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Add a name</source>
        <translation>名称を追加</translation>
    </message>
    <message>
        <source>&amp;Name (one label):</source>
        <translation>名称（ラベル 1 つ）(&amp;N):</translation>
    </message>
    <message>
        <source>e.g. paypal</source>
        <translation>例: paypal</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>理由(&amp;E):</translation>
    </message>
    <message>
        <source>why requests for this name need a closer look (recorded in the audit log)</source>
        <translation>この名称の申請を詳しく確認すべき理由（監査ログに記録されます）</translation>
    </message>
    <message>
        <source>&amp;Add to the list</source>
        <translation>一覧に追加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>HighRiskService</name>
    <message>
        <source>Only an administrator keeps the high-risk name list.</source>
        <translation>高リスク名称の一覧を管理できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>A high-risk name is one label (letters, digits and hyphens, at most 63 characters), with the reason it is on the list.</source>
        <translation>ハイリスク名は 1 つのラベル（英字・数字・ハイフン、63 文字以内）で、一覧に載せる理由が必要です。</translation>
    </message>
    <message>
        <source>Say why the name comes off the high-risk list.</source>
        <translation>ハイリスク名一覧から外す理由を入力してください。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2 in DNS) looks the same as &quot;%3&quot;, already on the list (#%4).</source>
        <translation>「%1」（DNS 上は %2）は一覧に既にある「%3」（#%4）と同じに見えます。</translation>
    </message>
</context>
<context>
    <name>IntakeService</name>
    <message>
        <source>Only an RA officer may import applications.</source>
        <translation>申請を取り込めるのは RA 審査担当者だけです。</translation>
    </message>
    <message>
        <source>Application &quot;%1&quot; has been imported already.</source>
        <translation>申請「%1」は既に取り込まれています。</translation>
    </message>
    <message>
        <source>A document could not be stored in the workspace.</source>
        <translation>書類をワークスペースに保存できませんでした。</translation>
    </message>
</context>
<context>
    <name>IssuanceService</name>
    <message>
        <source>Application %1 has its certificate already (serial %2).</source>
        <translation>申請 %1 の証明書は既に発行済みです (シリアル %2)。</translation>
    </message>
    <message>
        <source>Application %1 is not approved for issuance (it is %2).</source>
        <translation>申請 %1 は発行が承認されていません (現在: %2)。</translation>
    </message>
    <message>
        <source>The approvals do not cover the certificate content on record (R-APR-2).</source>
        <translation>承認が記録上の証明書内容を対象としていません (R-APR-2)。</translation>
    </message>
    <message>
        <source>CAA checked again for %1 at issuance: %2 %3 Nothing was signed (R-CAA-3).</source>
        <translation>発行時に %1 の CAA を再確認しました: %2 %3 何も署名していません (R-CAA-3)。</translation>
    </message>
    <message>
        <source>The database&apos;s schema is not the one the application made (a trigger, view or table changed outside it): no evidence in it can be trusted. Nothing was signed.</source>
        <translation>データベースのスキーマがアプリケーションの作ったものと異なります（トリガー・ビュー・表がアプリケーションの外で変更されました）。その中の証跡は信頼できません。何も署名していません。</translation>
    </message>
    <message>
        <source>Record %1 of %2, which this issuance rests on, is not what the audit log sealed: it was written, changed or deleted outside the application. Nothing was signed.</source>
        <translation>この発行が拠り所とする %2 の記録 %1 は監査ログが封印したものと異なります。アプリケーションの外で書き込み・変更・削除されました。何も署名していません。</translation>
    </message>
    <message>
        <source>The security settings recorded in the audit log do not verify: %1 Nothing was signed.</source>
        <translation>監査ログに記録されたセキュリティ設定を検証できません: %1 何も署名していません。</translation>
    </message>
</context>
<context>
    <name>JwkThumbprint</name>
    <message>
        <source>The key is not an RSA or EC P-256/P-384/P-521 public key.</source>
        <translation>この鍵は RSA または EC P-256/P-384/P-521 の公開鍵ではありません。</translation>
    </message>
</context>
<context>
    <name>KeyBlocklistService</name>
    <message>
        <source>Only an administrator may import key blocklists.</source>
        <translation>鍵のブロックリストを取り込めるのは管理者だけです。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not a %3 value; nothing was imported.</source>
        <translation>%2 の %1 行目は %3 の値ではありません。何も取り込んでいません。</translation>
    </message>
</context>
<context>
    <name>KeyQuality</name>
    <message>
        <source>RSA %1 bits; the profile allows RSA %2.</source>
        <translation>RSA %1 ビット。プロファイルで許可されるのは RSA %2 です。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Public exponent %1.</source>
        <translation>公開指数 %1。</translation>
    </message>
    <message>
        <source>Public exponent %1 is not an odd number from 65537 to 2^256-1.</source>
        <translation>公開指数 %1 は 65537 以上 2^256-1 以下の奇数ではありません。</translation>
    </message>
    <message>
        <source>The modulus is odd.</source>
        <translation>法は奇数です。</translation>
    </message>
    <message>
        <source>The modulus is even.</source>
        <translation>法が偶数です。</translation>
    </message>
    <message>
        <source>No factor smaller than 752.</source>
        <translation>752 未満の因数はありません。</translation>
    </message>
    <message>
        <source>The modulus is divisible by %1.</source>
        <translation>法が %1 で割り切れます。</translation>
    </message>
    <message>
        <source>The modulus is a prime, not a product of two primes.</source>
        <translation>法が素数です（2つの素数の積ではありません）。</translation>
    </message>
    <message>
        <source>The modulus is a power of a single number.</source>
        <translation>法が1つの数のべき乗です。</translation>
    </message>
    <message>
        <source>The modulus is not a prime or a prime power.</source>
        <translation>法は素数でも素数のべき乗でもありません。</translation>
    </message>
    <message>
        <source>The key has the ROCA fingerprint (CVE-2017-15361): its private key can be computed.</source>
        <translation>鍵に ROCA の特徴があります（CVE-2017-15361）: 秘密鍵を計算できてしまいます。</translation>
    </message>
    <message>
        <source>No ROCA fingerprint.</source>
        <translation>ROCA の特徴はありません。</translation>
    </message>
    <message>
        <source>The primes are so close that Fermat&apos;s method factors the modulus.</source>
        <translation>素数が近すぎるため、フェルマー法で法を素因数分解できます。</translation>
    </message>
    <message>
        <source>Fermat factorization finds no factor in %1 rounds.</source>
        <translation>フェルマー法で %1 回試行しても因数は見つかりません。</translation>
    </message>
    <message>
        <source>The key is a Debian OpenSSL 2008 weak key.</source>
        <translation>Debian OpenSSL 2008 年の脆弱な鍵です。</translation>
    </message>
    <message>
        <source>Not in the Debian weak-key lists that were imported.</source>
        <translation>取り込み済みの Debian 脆弱鍵リストにはありません。</translation>
    </message>
    <message>
        <source>The public key cannot be read.</source>
        <translation>公開鍵を読み取れません。</translation>
    </message>
    <message>
        <source>The RSA key cannot be read.</source>
        <translation>RSA 鍵を読み取れません。</translation>
    </message>
    <message>
        <source>ECDSA on %1; allowed curves: %2.</source>
        <translation>%1 の ECDSA。許可される曲線: %2。</translation>
    </message>
    <message>
        <source>The public point is on the curve.</source>
        <translation>公開点は曲線上にあります。</translation>
    </message>
    <message>
        <source>The public point is not valid.</source>
        <translation>公開点が不正です。</translation>
    </message>
    <message>
        <source>Applies to RSA keys only.</source>
        <translation>RSA 鍵にのみ適用されます。</translation>
    </message>
    <message>
        <source>Key type %1 is not allowed.</source>
        <translation>鍵の種類 %1 は許可されていません。</translation>
    </message>
    <message>
        <source>The key was reported compromised.</source>
        <translation>この鍵は危殆化が報告されています。</translation>
    </message>
    <message>
        <source>Not in the compromised-key list.</source>
        <translation>危殆化鍵リストにはありません。</translation>
    </message>
    <message>
        <source>Not run: the key is refused for its size.</source>
        <translation>未実施: 鍵はサイズの時点で拒否されます。</translation>
    </message>
</context>
<context>
    <name>LabProcess</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>Lint</name>
    <message>
        <source>The validity period is within the limit in force on notBefore</source>
        <translation>有効期間が notBefore の日に有効な上限以内である</translation>
    </message>
    <message>
        <source>The serial number is long enough to hold 64 bits from a CSPRNG</source>
        <translation>シリアル番号が CSPRNG の出力 64 ビットを含められる長さである</translation>
    </message>
    <message>
        <source>subjectAltName is present</source>
        <translation>subjectAltName がある</translation>
    </message>
    <message>
        <source>dNSNames hold letters, digits, hyphens and dots only</source>
        <translation>dNSName は英字・数字・ハイフン・ドットのみからなる</translation>
    </message>
    <message>
        <source>dNSNames contain no underscore</source>
        <translation>dNSName にアンダースコアを含まない</translation>
    </message>
    <message>
        <source>Every label is at most 63 octets</source>
        <translation>各ラベルは63オクテット以下である</translation>
    </message>
    <message>
        <source>No empty label, and no trailing dot for the root</source>
        <translation>空のラベルも、ルートを表す末尾のドットもない</translation>
    </message>
    <message>
        <source>No label starts or ends with a hyphen</source>
        <translation>ハイフンで始まる・終わるラベルがない</translation>
    </message>
    <message>
        <source>Every dNSName is at most 253 octets</source>
        <translation>各 dNSName は253オクテット以下である</translation>
    </message>
    <message>
        <source>Labels with &apos;--&apos; in the third and fourth place are P-labels only</source>
        <translation>3・4文字目が「--」のラベルは P ラベルに限る</translation>
    </message>
    <message>
        <source>No .onion name</source>
        <translation>.onion 名がない</translation>
    </message>
    <message>
        <source>No dNSName is an IP address</source>
        <translation>IP アドレスである dNSName がない</translation>
    </message>
    <message>
        <source>The common name is a character-for-character copy of a dNSName</source>
        <translation>コモンネームが dNSName の1文字ずつ同一の写しである</translation>
    </message>
    <message>
        <source>No subject attribute holds only metadata such as &apos;.&apos;, &apos;-&apos; or &apos; &apos;</source>
        <translation>「.」「-」「 」のようなメタデータだけのサブジェクト属性がない</translation>
    </message>
    <message>
        <source>extendedKeyUsage is present</source>
        <translation>extendedKeyUsage がある</translation>
    </message>
    <message>
        <source>extendedKeyUsage does not hold anyExtendedKeyUsage</source>
        <translation>extendedKeyUsage に anyExtendedKeyUsage を含まない</translation>
    </message>
    <message>
        <source>Key usage allows neither keyCertSign nor cRLSign</source>
        <translation>鍵用途に keyCertSign も cRLSign も含まない</translation>
    </message>
    <message>
        <source>basicConstraints does not make the certificate a CA</source>
        <translation>basicConstraints で CA 証明書になっていない</translation>
    </message>
    <message>
        <source>The signature does not use SHA-1</source>
        <translation>署名に SHA-1 を使っていない</translation>
    </message>
    <message>
        <source>An RSA modulus has at least 2048 bits and is divisible by 8</source>
        <translation>RSA の法が2048ビット以上で8の倍数である</translation>
    </message>
    <message>
        <source>The RSA public exponent is odd</source>
        <translation>RSA 公開指数が奇数である</translation>
    </message>
    <message>
        <source>The RSA public exponent is at least 3</source>
        <translation>RSA 公開指数が3以上である</translation>
    </message>
    <message>
        <source>The RSA public exponent is between 2^16+1 and 2^256-1</source>
        <translation>RSA 公開指数が 2^16+1 以上 2^256-1 以下である</translation>
    </message>
    <message>
        <source>certificatePolicies is present</source>
        <translation>certificatePolicies がある</translation>
    </message>
    <message>
        <source>authorityInfoAccess is present</source>
        <translation>authorityInfoAccess がある</translation>
    </message>
    <message>
        <source>The certificate cannot be read (PEM or DER).</source>
        <translation>証明書を読み取れません（PEM または DER）。</translation>
    </message>
    <message>
        <source>The subject country is JP</source>
        <translation>サブジェクトの国が JP である</translation>
    </message>
    <message>
        <source>The subject has no organizational unit</source>
        <translation>サブジェクトに部署名（OU）がない</translation>
    </message>
    <message>
        <source>The subject has one state or province</source>
        <translation>サブジェクトに都道府県が1つある</translation>
    </message>
    <message>
        <source>The subject has one locality</source>
        <translation>サブジェクトに市区町村が1つある</translation>
    </message>
    <message>
        <source>The subject has one organization</source>
        <translation>サブジェクトに組織名が1つある</translation>
    </message>
    <message>
        <source>The subject has exactly one common name</source>
        <translation>サブジェクトにコモンネームがちょうど1つある</translation>
    </message>
    <message>
        <source>The subject public key is RSA 2048 bits</source>
        <translation>サブジェクト公開鍵が RSA 2048 ビットである</translation>
    </message>
    <message>
        <source>The signature algorithm is sha256WithRSAEncryption</source>
        <translation>署名アルゴリズムが sha256WithRSAEncryption である</translation>
    </message>
    <message>
        <source>Key usage is digitalSignature, with keyEncipherment for RSA keys</source>
        <translation>鍵用途が digitalSignature（RSA 鍵では keyEncipherment も）である</translation>
    </message>
    <message>
        <source>Key usage is marked critical</source>
        <translation>鍵用途がクリティカルである</translation>
    </message>
    <message>
        <source>Extended key usage is serverAuth, optionally with clientAuth</source>
        <translation>拡張鍵用途が serverAuth（任意で clientAuth も）である</translation>
    </message>
    <message>
        <source>certificatePolicies holds this CP&apos;s OID 1.2.392.200091.100.751.1</source>
        <translation>certificatePolicies に本 CP の OID 1.2.392.200091.100.751.1 がある</translation>
    </message>
    <message>
        <source>certificatePolicies holds the OV policy 2.23.140.1.2.2</source>
        <translation>certificatePolicies に OV ポリシー 2.23.140.1.2.2 がある</translation>
    </message>
    <message>
        <source>This CP&apos;s policy carries the HTTP(S) URL of the repository as CPS qualifier</source>
        <translation>本 CP のポリシーにリポジトリの HTTP(S) URL が CPS 修飾子として付いている</translation>
    </message>
    <message>
        <source>Only the extensions of the profile are present</source>
        <translation>プロファイルの拡張だけが含まれる</translation>
    </message>
    <message>
        <source>Every extension has the criticality of the profile</source>
        <translation>各拡張のクリティカル指定がプロファイルどおりである</translation>
    </message>
    <message>
        <source>subjectAltName holds dNSNames only (no IP address or other name)</source>
        <translation>subjectAltName は dNSName のみ（IP アドレスや他の名前はない）</translation>
    </message>
    <message>
        <source>No wildcard dNSName</source>
        <translation>ワイルドカードの dNSName がない</translation>
    </message>
    <message>
        <source>cRLDistributionPoints holds the HTTP URL of the CRL</source>
        <translation>cRLDistributionPoints に CRL の HTTP URL がある</translation>
    </message>
    <message>
        <source>authorityInfoAccess holds the HTTP URL of the OCSP responder</source>
        <translation>authorityInfoAccess に OCSP レスポンダの HTTP URL がある</translation>
    </message>
    <message>
        <source>The certificate is version 3</source>
        <translation>証明書がバージョン3である</translation>
    </message>
    <message>
        <source>The serial number is greater than zero</source>
        <translation>シリアル番号が0より大きい</translation>
    </message>
    <message>
        <source>The serial number is below 2^159 and at most 20 octets</source>
        <translation>シリアル番号が 2^159 未満で20オクテット以下である</translation>
    </message>
    <message>
        <source>notAfter is later than notBefore</source>
        <translation>notAfter が notBefore より後である</translation>
    </message>
    <message>
        <source>Dates before 2050 are UTCTime, later ones GeneralizedTime</source>
        <translation>2050年より前の日時は UTCTime、以降は GeneralizedTime である</translation>
    </message>
    <message>
        <source>No extension appears twice</source>
        <translation>同じ拡張が2度現れない</translation>
    </message>
    <message>
        <source>authorityKeyIdentifier is present</source>
        <translation>authorityKeyIdentifier がある</translation>
    </message>
    <message>
        <source>authorityKeyIdentifier is not critical</source>
        <translation>authorityKeyIdentifier がクリティカルでない</translation>
    </message>
    <message>
        <source>authorityKeyIdentifier holds a keyIdentifier</source>
        <translation>authorityKeyIdentifier に keyIdentifier がある</translation>
    </message>
    <message>
        <source>subjectKeyIdentifier is not critical</source>
        <translation>subjectKeyIdentifier がクリティカルでない</translation>
    </message>
    <message>
        <source>subjectKeyIdentifier is present</source>
        <translation>subjectKeyIdentifier がある</translation>
    </message>
    <message>
        <source>The subject country is two upper-case letters in a PrintableString</source>
        <translation>サブジェクトの国が PrintableString の大文字2文字である</translation>
    </message>
    <message>
        <source>The subject organization has at most 64 characters</source>
        <translation>サブジェクトの組織名が64文字以下である</translation>
    </message>
    <message>
        <source>The subject common name has at most 64 characters</source>
        <translation>サブジェクトのコモンネームが64文字以下である</translation>
    </message>
    <message>
        <source>The subject locality has at most 128 characters</source>
        <translation>サブジェクトの市区町村が128文字以下である</translation>
    </message>
    <message>
        <source>The subject state or province has at most 128 characters</source>
        <translation>サブジェクトの都道府県が128文字以下である</translation>
    </message>
    <message>
        <source>subjectAltName holds no empty name</source>
        <translation>subjectAltName に空の名前がない</translation>
    </message>
    <message>
        <source>The issuer name is not empty</source>
        <translation>発行者名が空でない</translation>
    </message>
    <message>
        <source>The outer signature algorithm equals the one inside tbsCertificate</source>
        <translation>外側の署名アルゴリズムが tbsCertificate 内のものと一致する</translation>
    </message>
    <message>
        <source>With an empty subject, subjectAltName is critical</source>
        <translation>サブジェクトが空のとき subjectAltName がクリティカルである</translation>
    </message>
    <message>
        <source>keyUsage asserts at least one usage</source>
        <translation>keyUsage が少なくとも1つの用途を示す</translation>
    </message>
    <message>
        <source>authorityInfoAccess is not critical</source>
        <translation>authorityInfoAccess がクリティカルでない</translation>
    </message>
    <message>
        <source>cRLDistributionPoints is not critical</source>
        <translation>cRLDistributionPoints がクリティカルでない</translation>
    </message>
    <message>
        <source>certificatePolicies is not critical</source>
        <translation>certificatePolicies がクリティカルでない</translation>
    </message>
    <message>
        <source>The subject holds only C, ST, L, O and CN</source>
        <translation>サブジェクトは C、ST、L、O、CN のみからなる</translation>
    </message>
    <message>
        <source>Subject attributes are UTF8String or PrintableString</source>
        <translation>サブジェクト属性が UTF8String または PrintableString である</translation>
    </message>
    <message>
        <source>UTCTime values include seconds</source>
        <translation>UTCTime の値に秒が含まれる</translation>
    </message>
    <message>
        <source>UTCTime values are in Zulu time (end in Z)</source>
        <translation>UTCTime の値が Zulu 時刻（末尾が Z）である</translation>
    </message>
    <message>
        <source>GeneralizedTime values are in Zulu time without fractions</source>
        <translation>GeneralizedTime の値が小数部のない Zulu 時刻である</translation>
    </message>
    <message>
        <source>RSA PKCS#1 v1.5 signature algorithms carry NULL parameters</source>
        <translation>RSA PKCS#1 v1.5 署名アルゴリズムのパラメータが NULL である</translation>
    </message>
    <message>
        <source>An RSA subject public key&apos;s algorithm carries NULL parameters</source>
        <translation>RSA サブジェクト公開鍵のアルゴリズムのパラメータが NULL である</translation>
    </message>
    <message>
        <source>Every caIssuers location in authorityInfoAccess is an HTTP URL</source>
        <translation>authorityInfoAccess の caIssuers の場所がすべて HTTP URL である</translation>
    </message>
    <message>
        <source>An issued certificate does not carry the precertificate poison</source>
        <translation>発行された証明書にプレ証明書のポイズン拡張がない</translation>
    </message>
    <message>
        <source>Extended key usage is OCSPSigning only</source>
        <translation>拡張鍵用途が OCSPSigning のみである</translation>
    </message>
    <message>
        <source>id-pkix-ocsp-nocheck is present and not critical</source>
        <translation>id-pkix-ocsp-nocheck があり、クリティカルでない</translation>
    </message>
    <message>
        <source>certificatePolicies is absent</source>
        <translation>certificatePolicies がない</translation>
    </message>
    <message>
        <source>Key usage is digitalSignature only, marked critical</source>
        <translation>鍵用途が digitalSignature のみで、クリティカルである</translation>
    </message>
    <message>
        <source>The subject is C=JP, the CA operator&apos;s O and the responder&apos;s CN</source>
        <translation>サブジェクトが C=JP、CA 運営者の O、レスポンダの CN である</translation>
    </message>
</context>
<context>
    <name>Mail</name>
    <message>
        <source>The mail to %1 was not sent: %2</source>
        <translation>%1 へのメールは送信されませんでした：%2</translation>
    </message>
    <message>
        <source>No mail relay is configured: an administrator sets mail/relay and mail/from (ra-cli settings set).</source>
        <translation>メールの中継サーバーが設定されていません。管理者が mail/relay と mail/from を設定します（ra-cli settings set）。</translation>
    </message>
</context>
<context>
    <name>MailLab</name>
    <message>
        <source>The lab&apos;s mail servers run already.</source>
        <translation>ラボのメールサーバーはすでに動いています。</translation>
    </message>
    <message>
        <source>aiosmtpd is not installed (Debian package python3-aiosmtpd).</source>
        <translation>aiosmtpd がインストールされていません（Debian パッケージ python3-aiosmtpd）。</translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use or may not be used by this user; choose another address with --web-address.</source>
        <translation>%2 のポート %1 は使用中か、このユーザーでは使えません。--web-address で別のアドレスを選んでください。</translation>
    </message>
    <message>
        <source>The lab&apos;s mail server did not start; see %1.</source>
        <translation>ラボのメールサーバーが起動しませんでした。%1 を見てください。</translation>
    </message>
    <message>
        <source>The lab&apos;s mail server (PID %1) did not stop.</source>
        <translation>ラボのメールサーバー（PID %1）が停止しませんでした。</translation>
    </message>
    <message>
        <source>No message for %1 has arrived in the lab.</source>
        <translation>%1 宛てのメッセージはラボに届いていません。</translation>
    </message>
</context>
<context>
    <name>Mpic</name>
    <message>
        <source>Multi-perspective corroboration is not required on %1.</source>
        <translation>%1 時点ではマルチパースペクティブによる裏付けは必要ありません。</translation>
    </message>
    <message>
        <source>%1 remote perspective(s) answered; %2 are required on %3 (CP 3.2.2.9).</source>
        <translation>リモートパースペクティブの応答は %1 件です。%3 時点では %2 件必要です (CP 3.2.2.9)。</translation>
    </message>
    <message>
        <source>Quorum is not enforced yet on %1; %2 of %3 remote perspectives corroborate.</source>
        <translation>%1 時点ではクォーラムはまだ適用されません。リモートパースペクティブ %3 件中 %2 件が裏付けています。</translation>
    </message>
    <message>
        <source>%1 of %2 remote perspectives did not corroborate; at most %3 may (CP table 3.2.2.9-1).</source>
        <translation>リモートパースペクティブ %2 件中 %1 件が裏付けませんでした。許容は最大 %3 件です (CP 表 3.2.2.9-1)。</translation>
    </message>
    <message>
        <source>The corroborating perspectives span %1 RIR(s); at least %2 are required (CP 3.2.2.9).</source>
        <translation>裏付けたパースペクティブの RIR は %1 件です。少なくとも %2 件必要です (CP 3.2.2.9)。</translation>
    </message>
    <message>
        <source>%1 of %2 remote perspectives corroborate, from %3.</source>
        <translation>リモートパースペクティブ %2 件中 %1 件が裏付けています (%3)。</translation>
    </message>
</context>
<context>
    <name>NameRules</name>
    <message>
        <source>Wildcard names are not issued under this policy.</source>
        <translation>このポリシーではワイルドカード名は発行しません。</translation>
    </message>
    <message>
        <source>Not a wildcard name.</source>
        <translation>ワイルドカード名ではありません。</translation>
    </message>
    <message>
        <source>IP addresses are not issued under this policy.</source>
        <translation>このポリシーでは IP アドレスは発行しません。</translation>
    </message>
    <message>
        <source>Not an IP address.</source>
        <translation>IP アドレスではありません。</translation>
    </message>
    <message>
        <source>Onion names are not issued.</source>
        <translation>.onion 名は発行しません。</translation>
    </message>
    <message>
        <source>Not an .onion name.</source>
        <translation>.onion 名ではありません。</translation>
    </message>
    <message>
        <source>A fully-qualified name of LDH labels and P-labels.</source>
        <translation>LDH ラベルと P ラベルからなる完全修飾ドメイン名です。</translation>
    </message>
    <message>
        <source>Not a fully-qualified domain name (at least two labels, no trailing dot).</source>
        <translation>完全修飾ドメイン名ではありません（2つ以上のラベル、末尾のドットなし）。</translation>
    </message>
    <message>
        <source>The label &quot;%1&quot; is neither an LDH label nor a valid P-label.</source>
        <translation>ラベル「%1」は LDH ラベルでも正しい P ラベルでもありません。</translation>
    </message>
    <message>
        <source>Labels of at most 63 octets, name of at most 253.</source>
        <translation>ラベルは63オクテット以下、名前は253以下です。</translation>
    </message>
    <message>
        <source>A label is longer than 63 octets or the name longer than 253.</source>
        <translation>63オクテットを超えるラベルがあるか、名前が253を超えています。</translation>
    </message>
    <message>
        <source>The name does not end in a public top-level domain: an Internal Name.</source>
        <translation>公開されたトップレベルドメインで終わっていません: 内部名です。</translation>
    </message>
    <message>
        <source>The name is itself a public suffix.</source>
        <translation>名前そのものがパブリックサフィックスです。</translation>
    </message>
    <message>
        <source>Registrable domain: %1</source>
        <translation>登録可能ドメイン: %1</translation>
    </message>
</context>
<context>
    <name>OrganizationPage</name>
    <message>
        <source>Registry look-up: NTA Corporate Number System (R-ORG-1, CP 3.2.2.1)</source>
        <translation>登記情報の照会: 国税庁 法人番号システム（R-ORG-1、CP 3.2.2.1）</translation>
    </message>
    <message>
        <source>Corporate &amp;number:</source>
        <translation>法人番号(&amp;N):</translation>
    </message>
    <message>
        <source>13 digits, from the application&apos;s documents</source>
        <translation>13 桁（申請書類に記載の番号）</translation>
    </message>
    <message>
        <source>&amp;Look up in the registry</source>
        <translation>法人番号で登記情報を照会(&amp;L)</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Application (claimed)</source>
        <translation>申請内容（申告）</translation>
    </message>
    <message>
        <source>Registry (verified)</source>
        <translation>登記情報（確認済み）</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>What the certificate&apos;s subject will carry (R-CSR-5)</source>
        <translation>証明書のサブジェクトに載る値（R-CSR-5）</translation>
    </message>
    <message>
        <source>Evidence (R-ORG-1, R-DOC-2)</source>
        <translation>証拠（R-ORG-1、R-DOC-2）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>情報源</translation>
    </message>
    <message>
        <source>Confirms</source>
        <translation>確認した事項</translation>
    </message>
    <message>
        <source>Obtained</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>Usable until</source>
        <translation>利用期限</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Response SHA-256</source>
        <translation>応答の SHA-256</translation>
    </message>
    <message>
        <source>Reference (where it was obtained)</source>
        <translation>参照先（取得元）</translation>
    </message>
    <message>
        <source>Record &amp;other evidence…</source>
        <translation>その他の証跡を記録(&amp;O)…</translation>
    </message>
    <message>
        <source>A government agency, another approved data source, a site visit, an Attestation Letter, or a document showing the tradename</source>
        <translation>政府機関、その他の承認済みデータソース、実地確認、証明書簡（Attestation Letter）、または屋号を示す書類</translation>
    </message>
    <message>
        <source>&amp;Reuse this answer</source>
        <translation>この応答を再利用(&amp;R)</translation>
    </message>
    <message>
        <source>Registered n&amp;ame:</source>
        <translation>登記上の名称(&amp;A):</translation>
    </message>
    <message>
        <source>the start of the name as registered, to find a number the application lacks</source>
        <translation>登記どおりの名称の先頭（申請に法人番号がないときに番号を探します）</translation>
    </message>
    <message>
        <source>&amp;Search by name</source>
        <translation>名称で検索(&amp;S)</translation>
    </message>
    <message>
        <source>Lists the registry&apos;s corporations with this name (/4/name). A search is not evidence: choose one, then look its number up.</source>
        <translation>この名称の法人を登録簿から一覧します（/4/name）。検索は証跡ではありません。1 件を選び、その番号で照会してください。</translation>
    </message>
    <message>
        <source>Corporate number</source>
        <translation>法人番号</translation>
    </message>
    <message>
        <source>Registered name</source>
        <translation>登記上の名称</translation>
    </message>
    <message>
        <source>Registered address</source>
        <translation>登記上の所在地</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>OrganizationService</name>
    <message>
        <source>The corporate-number registry is not an approved Reliable Data Source: an administrator must evaluate and approve it first (CP 3.2.2.7).</source>
        <translation>法人番号システムは承認済みの信頼できるデータソースではありません。先に管理者が評価・承認してください（CP 3.2.2.7）。</translation>
    </message>
    <message>
        <source>The registry has no corporation with the number %1.</source>
        <translation>法人番号 %1 の法人は登録されていません。</translation>
    </message>
    <message>
        <source>The registry answered with %1 corporations for one number; nothing was recorded.</source>
        <translation>1 つの番号に対して %1 件の法人が返されました。何も記録していません。</translation>
    </message>
    <message>
        <source>The registry answered about another corporation (%1); nothing was recorded.</source>
        <translation>別の法人（%1）についての応答でした。何も記録していません。</translation>
    </message>
    <message>
        <source>Only an administrator evaluates and approves Reliable Data Sources.</source>
        <translation>信頼できるデータソースを評価・承認できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>Every criterion of CP 3.2.2.7 must be evaluated: name, provider and purpose, age of the data, update frequency, public accessibility, difficulty of falsification.</source>
        <translation>CP 3.2.2.7 のすべての基準を評価してください: 名称、提供者と目的、情報の鮮度、更新頻度、公開性、改ざんの困難さ。</translation>
    </message>
    <message>
        <source>Data source #%1 cannot be cited here: it is not an approved Reliable Data Source, or it is the registry the workstation looks up itself.</source>
        <translation>データソース #%1 はここでは引用できません。承認済みの信頼できるデータソースではないか、ワークステーションが自ら照会する登記情報です。</translation>
    </message>
    <message>
        <source>Reused: the answer kept as evidence #%1 for application #%2, compared again with this application&apos;s claims.
</source>
        <translation>再利用: 申請 #%2 の証跡 #%1 として保存された応答を、この申請の内容と改めて照合しました。
</translation>
    </message>
    <message>
        <source>No earlier registry answer about this corporation may be reused today: look it up in the registry.</source>
        <translation>この法人について本日再利用できる過去の登記応答はありません。登記情報を照会してください。</translation>
    </message>
    <message>
        <source>Type the name to search for, at most %1 characters.</source>
        <translation>検索する名称を %1 文字以内で入力してください。</translation>
    </message>
</context>
<context>
    <name>OrganizationVerification</name>
    <message>
        <source>Legal name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>丁目番地等</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>closed on %1 (cause %2)</source>
        <translation>%1 に閉鎖（事由 %2）</translation>
    </message>
    <message>
        <source>successor %1</source>
        <translation>承継先 %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>存続</translation>
    </message>
    <message>
        <source>The registry lists the corporation as closed or merged: it cannot be certified.</source>
        <translation>登記上、この法人は閉鎖または合併により消滅しています。証明書は発行できません。</translation>
    </message>
    <message>
        <source>The registry&apos;s name differs from the application&apos;s: return the application for correction or verify the name otherwise.</source>
        <translation>登記上の名称が申請と異なります。申請を差し戻して訂正を求めるか、別の方法で名称を確認してください。</translation>
    </message>
    <message>
        <source>The registry&apos;s address differs from the application&apos;s (moved, or mistyped).</source>
        <translation>登記上の所在地が申請と異なります（移転、または記入誤り）。</translation>
    </message>
    <message>
        <source>The registry does not confirm the country.</source>
        <translation>登記情報では国を確認できません。</translation>
    </message>
    <message>
        <source>Evidence #%1: %2 %3, obtained %4</source>
        <translation>証拠 #%1: %2 %3、取得 %4</translation>
    </message>
    <message>
        <source>Government agency</source>
        <translation>政府機関</translation>
    </message>
    <message>
        <source>Reliable Data Source</source>
        <translation>信頼できるデータソース</translation>
    </message>
    <message>
        <source>Site visit</source>
        <translation>実地調査</translation>
    </message>
    <message>
        <source>Attestation Letter</source>
        <translation>証明書簡</translation>
    </message>
    <message>
        <source>Reliable Method of Communication</source>
        <translation>信頼できる連絡手段</translation>
    </message>
    <message>
        <source>Tradename</source>
        <translation>屋号</translation>
    </message>
    <message>
        <source>A call-back is recorded on the Authority page.</source>
        <translation>コールバックは権限ページで記録します。</translation>
    </message>
    <message>
        <source>A corporate number is verified only by looking it up in the registry.</source>
        <translation>法人番号は登記情報の照会によってのみ確認されます。</translation>
    </message>
    <message>
        <source>Say what the source confirms: name, address, country or tradename.</source>
        <translation>情報源が確認した内容（名称、所在地、国、屋号）を指定してください。</translation>
    </message>
    <message>
        <source>A bill, statement or tax document can confirm a tradename only (CP 3.2.2.2).</source>
        <translation>請求書・明細書・税務書類で確認できるのは屋号のみです（CP 3.2.2.2）。</translation>
    </message>
    <message>
        <source>An Attestation Letter for a tradename needs its documentary support: cite the letter and at least one more document.</source>
        <translation>屋号の証明書簡には裏付け書類が必要です。書簡とさらに 1 件以上の書類を指定してください。</translation>
    </message>
    <message>
        <source>Document #%1 is not a current document of this application.</source>
        <translation>書類 #%1 はこの申請の現行の書類ではありません。</translation>
    </message>
    <message>
        <source>Give the source&apos;s reference (at most 500 characters): the agency and file number, the visit report, the letter&apos;s reference.</source>
        <translation>情報源の参照（500 文字以内）を入力してください。機関名と文書番号、訪問報告書、書簡の参照番号などです。</translation>
    </message>
    <message>
        <source>The evidence must have been obtained before now and within the last %1 days (R-DOC-2).</source>
        <translation>証跡は現在以前、かつ直近 %1 日以内に取得されたものである必要があります（R-DOC-2）。</translation>
    </message>
    <message>
        <source>A value is longer than 200 characters.</source>
        <translation>200 文字を超える値があります。</translation>
    </message>
    <message>
        <source>The source states other values than the application claims (%1): return the application for correction.</source>
        <translation>情報源の記載が申請内容と異なります（%1）。申請を差し戻して訂正を求めてください。</translation>
    </message>
    <message>
        <source>Bill, statement or tax document</source>
        <translation>請求書・明細書・税務書類</translation>
    </message>
    <message>
        <source>A site visit cannot verify a tradename (CP 3.2.2.2).</source>
        <translation>実地確認では屋号を確認できません（CP 3.2.2.2）。</translation>
    </message>
    <message>
        <source>Cite the documents the evidence relies on, each once.</source>
        <translation>証跡の根拠となる書類を、それぞれ 1 回ずつ指定してください。</translation>
    </message>
    <message>
        <source>%1 has not passed its inspection: inspect it on the Documents page before relying on it (CP 3.2.2).</source>
        <translation>%1 は点検に合格していません。根拠とする前に書類ページで点検してください（CP 3.2.2）。</translation>
    </message>
    <message>
        <source>The note is longer than 2000 characters.</source>
        <translation>メモが 2000 文字を超えています。</translation>
    </message>
    <message>
        <source>Enter what the source states for each part it confirms (an address with its prefecture, city and street), and nothing for the parts it does not.</source>
        <translation>確認した項目ごとに情報源の記載内容を入力し（所在地は都道府県・市区町村・番地）、確認していない項目には何も入力しないでください。</translation>
    </message>
</context>
<context>
    <name>PackageReader</name>
    <message>
        <source>No application package at %1 (a folder with %2 is expected).</source>
        <translation>%1 に申請パッケージがありません（%2 を含むフォルダが必要です）。</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2 at byte %3.</source>
        <translation>%1 は正しい JSON ではありません: %3 バイト目で %2。</translation>
    </message>
    <message>
        <source>The required field &quot;%1&quot; is missing or empty.</source>
        <translation>必須項目「%1」がないか空です。</translation>
    </message>
    <message>
        <source>Package format version %1 is not supported; this workstation reads version %2.</source>
        <translation>パッケージ形式のバージョン %1 には対応していません。このワークステーションが読めるのはバージョン %2 です。</translation>
    </message>
    <message>
        <source>must be a two-letter ISO 3166 country code.</source>
        <translation>ISO 3166 の2文字の国コードである必要があります。</translation>
    </message>
    <message>
        <source>must be a date and time such as 2026-11-20T09:00:00Z.</source>
        <translation>2026-11-20T09:00:00Z のような日時である必要があります。</translation>
    </message>
    <message>
        <source>must list at least one domain name.</source>
        <translation>ドメイン名を1つ以上含む必要があります。</translation>
    </message>
    <message>
        <source>must be a domain name.</source>
        <translation>ドメイン名である必要があります。</translation>
    </message>
    <message>
        <source>The CSR</source>
        <translation>CSR</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is %2 bytes; the limit is %3 bytes.</source>
        <translation>書類「%1」は %2 バイトです。上限は %3 バイトです。</translation>
    </message>
    <message>
        <source>The package is larger than %1 bytes.</source>
        <translation>パッケージが %1 バイトを超えています。</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>リスト</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot;: %2</source>
        <translation>項目「%1」: %2</translation>
    </message>
    <message>
        <source>must be %1.</source>
        <translation>%1 である必要があります。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; names &quot;%2&quot;, which is not a path inside the package.</source>
        <translation>項目「%1」の「%2」はパッケージ内のパスではありません。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; named in field &quot;%2&quot; is not in the package.</source>
        <translation>項目「%2」で指定されたファイル「%1」がパッケージにありません。</translation>
    </message>
    <message>
        <source>Field &quot;%1&quot; names &quot;%2&quot;, which leads outside the package.</source>
        <translation>項目「%1」の「%2」はパッケージの外を指しています。</translation>
    </message>
    <message>
        <source>The file &quot;%1&quot; cannot be read.</source>
        <translation>ファイル「%1」を読み込めません。</translation>
    </message>
    <message>
        <source>%1 is %2 bytes; the limit is %3 bytes.</source>
        <translation>%1 は %2 バイトです。上限は %3 バイトです。</translation>
    </message>
    <message>
        <source>The document &quot;%1&quot; is not what its name says (%2 by its content, %3 by its name): only PDF, PNG and JPEG documents are relied upon.</source>
        <translation>書類「%1」は名前と中身が一致しません（内容では %2、名前では %3）。依拠できるのは PDF、PNG、JPEG の書類だけです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ordinary file (a pipe, a device or a socket).</source>
        <translation>「%1」は通常のファイルではありません（パイプ、デバイスまたはソケット）。</translation>
    </message>
</context>
<context>
    <name>PerspectiveEnrollment</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>PerspectiveLab</name>
    <message>
        <source>The lab&apos;s perspectives run already (%1).</source>
        <translation>ラボの視点はすでに動作しています (%1)。</translation>
    </message>
    <message>
        <source>ra-perspective is not installed or built.</source>
        <translation>ra-perspective がインストールもビルドもされていません。</translation>
    </message>
    <message>
        <source>Port %1 on 127.0.0.1 (perspective %2) is in use; choose others with --perspective-port.</source>
        <translation>127.0.0.1 のポート %1 (視点 %2) は使用中です。--perspective-port で別のポートを選んでください。</translation>
    </message>
    <message>
        <source>Perspective %1 did not start.</source>
        <translation>視点 %1 が起動しませんでした。</translation>
    </message>
    <message>
        <source>Perspective %1 did not start; see %2.</source>
        <translation>視点 %1 が起動しませんでした。%2 を参照してください。</translation>
    </message>
    <message>
        <source>Perspective %1 (PID %2) did not stop.</source>
        <translation>視点 %1 (PID %2) が停止しませんでした。</translation>
    </message>
</context>
<context>
    <name>Pkcs11Token</name>
    <message>
        <source>The PKCS#11 module cannot be loaded.</source>
        <translation>PKCS#11 モジュールを読み込めません。</translation>
    </message>
    <message>
        <source>The CA&apos;s token is not present in the HSM.</source>
        <translation>CA のトークンが HSM にありません。</translation>
    </message>
    <message>
        <source>The HSM refused the activation data.</source>
        <translation>HSM が活性化データを拒否しました。</translation>
    </message>
    <message>
        <source>The CA key is not activated.</source>
        <translation>CA 鍵が活性化されていません。</translation>
    </message>
    <message>
        <source>The CA key is not on the token.</source>
        <translation>CA 鍵がトークン上にありません。</translation>
    </message>
    <message>
        <source>The HSM could not sign.</source>
        <translation>HSM で署名できませんでした。</translation>
    </message>
    <message>
        <source>The HSM&apos;s slots cannot be listed.</source>
        <translation>HSM のスロットを一覧できません。</translation>
    </message>
    <message>
        <source>The HSM has no free slot for a new token.</source>
        <translation>HSM に新しいトークン用の空きスロットがありません。</translation>
    </message>
    <message>
        <source>The token could not be initialised.</source>
        <translation>トークンを初期化できませんでした。</translation>
    </message>
    <message>
        <source>The token&apos;s user PIN could not be set.</source>
        <translation>トークンのユーザー PIN を設定できませんでした。</translation>
    </message>
    <message>
        <source>The token&apos;s PIN could not be changed.</source>
        <translation>トークンの PIN を変更できませんでした。</translation>
    </message>
    <message>
        <source>The HSM could not generate the key pair.</source>
        <translation>HSM で鍵ペアを生成できませんでした。</translation>
    </message>
    <message>
        <source>The key is not on the token.</source>
        <translation>その鍵はトークンにありません。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1日 %2時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1時間 %2分</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Choose an application package folder</source>
        <translation>申請パッケージのフォルダを選択</translation>
    </message>
</context>
<context>
    <name>ReadAccess</name>
    <message>
        <source>Your role (%1) may not do this: %2.</source>
        <translation>あなたのロール（%1）ではこの操作はできません: %2。</translation>
    </message>
</context>
<context>
    <name>RecordSeals</name>
    <message>
        <source>The records that decide issuance cannot be read.</source>
        <translation>発行を左右する記録を読み取れません。</translation>
    </message>
    <message>
        <source>A record just written cannot be found.</source>
        <translation>書き込んだばかりの記録が見つかりません。</translation>
    </message>
</context>
<context>
    <name>RegistryLab</name>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>%1 is not a domain name.</source>
        <translation>%1 はドメイン名ではありません。</translation>
    </message>
    <message>
        <source>The lab&apos;s WHOIS server runs already.</source>
        <translation>ラボの WHOIS サーバーはすでに動いています。</translation>
    </message>
    <message>
        <source>Python 3 is not installed (Debian package python3).</source>
        <translation>Python 3 がインストールされていません（Debian パッケージ python3）。</translation>
    </message>
    <message>
        <source>Port %1 on %2 is in use or may not be used by this user; choose another address with --web-address.</source>
        <translation>%2 のポート %1 は使用中か、このユーザーでは使えません。--web-address で別のアドレスを選んでください。</translation>
    </message>
    <message>
        <source>The lab&apos;s WHOIS server did not start; see %1.</source>
        <translation>ラボの WHOIS サーバーが起動しませんでした。%1 を見てください。</translation>
    </message>
    <message>
        <source>The lab&apos;s WHOIS server (PID %1) did not stop.</source>
        <translation>ラボの WHOIS サーバー（PID %1）が停止しませんでした。</translation>
    </message>
</context>
<context>
    <name>RevocationService</name>
    <message>
        <source>Only a supervisor may revoke a certificate.</source>
        <translation>証明書を失効できるのは監督者のみです。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a revocation reason of this CA; use one of: %2 (CP 7.2.2; certificateHold is never used).</source>
        <translation>「%1」はこの CA の失効理由ではありません。次のいずれかを使用してください: %2 (CP 7.2.2。certificateHold は使用しません)。</translation>
    </message>
    <message>
        <source>No issued certificate has serial %1.</source>
        <translation>シリアル %1 の発行済み証明書はありません。</translation>
    </message>
    <message>
        <source>Certificate %1 was revoked already (%2).</source>
        <translation>証明書 %1 は既に失効しています (%2)。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a serial number in hex.</source>
        <translation>「%1」は 16 進数のシリアル番号ではありません。</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>RA Officer</source>
        <translation>RA 審査担当者</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>責任者</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>監査人</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>システム管理者</translation>
    </message>
</context>
<context>
    <name>SecretSealer</name>
    <message>
        <source>A stored secret cannot be opened: the workspace&apos;s secrets.key is missing, is not the key it was sealed with, or the value was altered.</source>
        <translation>保存されたシークレットを開けません。ワークスペースの secrets.key がないか、封印したときの鍵と異なるか、値が改変されています。</translation>
    </message>
</context>
<context>
    <name>SecuritySettings</name>
    <message>
        <source>%1 is not a security setting; it stays in workspace.ini.</source>
        <translation>%1 はセキュリティ設定ではありません。workspace.ini に置きます。</translation>
    </message>
    <message>
        <source>%1 is not a setting the workstation reads.</source>
        <translation>%1 はワークステーションが読む設定ではありません。</translation>
    </message>
    <message>
        <source>The value of %1 is not one line of text without leading or trailing spaces.</source>
        <translation>%1 の値は前後に空白のない1行のテキストでなければなりません。</translation>
    </message>
    <message>
        <source>%1 may not be empty: its default is not necessarily what is meant.</source>
        <translation>%1 は空にできません。既定値が意図した値とは限りません。</translation>
    </message>
    <message>
        <source>%1 is true or false.</source>
        <translation>%1 は true または false です。</translation>
    </message>
    <message>
        <source>%1 must be a whole number from %2 to %3.</source>
        <translation>%1 は %2 から %3 までの整数でなければなりません。</translation>
    </message>
</context>
<context>
    <name>SeparationOfDuties</name>
    <message>
        <source>Only an RA officer may validate an application.</source>
        <translation>申請を審査できるのは RA 審査担当者だけです。</translation>
    </message>
    <message>
        <source>Another officer has taken this application for review.</source>
        <translation>この申請は別の審査担当者が審査中です。</translation>
    </message>
    <message>
        <source>Only a supervisor may approve an application.</source>
        <translation>申請を承認できるのは責任者だけです。</translation>
    </message>
    <message>
        <source>The person who validated an application can never approve it.</source>
        <translation>申請を審査した人がその申請を承認することはできません。</translation>
    </message>
    <message>
        <source>You have already approved this application.</source>
        <translation>この申請は既に承認済みです。</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>ユーザーを管理できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>Only RA officers and supervisors may be Key Custodians.</source>
        <translation>鍵管理者になれるのは RA 審査担当者と責任者だけです。</translation>
    </message>
    <message>
        <source>An administrator cannot change their own role.</source>
        <translation>管理者は自分自身のロールを変更できません。</translation>
    </message>
    <message>
        <source>This check is run by the tool, not recorded by hand.</source>
        <translation>このチェックはツールが実行するもので、手動では記録しません。</translation>
    </message>
    <message>
        <source>Only the officer validating this application records its checks.</source>
        <translation>この申請のチェックを記録できるのは審査担当の RA 担当者のみです。</translation>
    </message>
    <message>
        <source>Checks are recorded while the application is in review.</source>
        <translation>チェックは申請が審査中の間に記録します。</translation>
    </message>
    <message>
        <source>The application is not high risk: there is nothing to verify further.</source>
        <translation>この申請は高リスクではありません。追加確認の対象はありません。</translation>
    </message>
    <message>
        <source>This account awaits no confirmation.</source>
        <translation>このアカウントは確認待ちではありません。</translation>
    </message>
    <message>
        <source>A second administrator must confirm this: not the one who created the account.</source>
        <translation>これは第二の管理者が確認する必要があります。アカウントを作成した管理者は確認できません。</translation>
    </message>
</context>
<context>
    <name>SettingsService</name>
    <message>
        <source>Only an administrator changes the security settings.</source>
        <translation>セキュリティ設定を変更できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>Only a demo workspace has a lab that may point its settings at itself; here an administrator changes them.</source>
        <translation>設定をラボに向けられるのはデモ用ワークスペースのラボだけです。このワークスペースでは管理者が変更します。</translation>
    </message>
    <message>
        <source>Only auditors, supervisors and administrators read the settings.</source>
        <translation>設定を閲覧できるのは監査人・責任者・管理者だけです。</translation>
    </message>
</context>
<context>
    <name>SigningModule</name>
    <message>
        <source>The CA key or the CA certificate is missing.</source>
        <translation>CA 鍵または CA 証明書がありません。</translation>
    </message>
    <message>
        <source>The CA certificate does not certify the key in the token.</source>
        <translation>CA 証明書はトークン内の鍵を証明していません。</translation>
    </message>
    <message>
        <source>The CA key is not activated: two Key Custodians must activate it.</source>
        <translation>CA 鍵が活性化されていません。2 名の鍵管理者が活性化する必要があります。</translation>
    </message>
    <message>
        <source>The HSM failed while signing (token removed, session closed or module error); nothing was signed. Activate the CA key again.</source>
        <translation>署名中に HSM が失敗しました (トークンの取り外し、セッション終了またはモジュールのエラー)。何も署名されていません。CA 鍵を再度活性化してください。</translation>
    </message>
    <message>
        <source>The certificate to sign cannot be read.</source>
        <translation>署名する証明書を読み取れません。</translation>
    </message>
    <message>
        <source>%1 validated this application and cannot also approve it (R-ROLE-2).</source>
        <translation>%1 はこの申請を審査したため、承認することはできません (R-ROLE-2)。</translation>
    </message>
    <message>
        <source>The approval by %1 does not cover this exact certificate content; the content changed after approval or the approval was altered (R-APR-2).</source>
        <translation>%1 の承認はこの証明書内容そのものを対象としていません。承認後に内容が変更されたか、承認が改ざんされています (R-APR-2)。</translation>
    </message>
    <message>
        <source>%1 approval(s) by different supervisors are needed; %2 verify.</source>
        <translation>異なる監督者による承認が %1 件必要ですが、検証できたのは %2 件です。</translation>
    </message>
    <message>
        <source>The certificate&apos;s issuer is not this CA&apos;s subject.</source>
        <translation>証明書の発行者がこの CA のサブジェクトではありません。</translation>
    </message>
    <message>
        <source>The certificate&apos;s authority key identifier is not this CA&apos;s.</source>
        <translation>証明書の機関鍵識別子がこの CA のものではありません。</translation>
    </message>
    <message>
        <source>The approved content has notBefore %1, not within %2 hours before now: it must be approved again.</source>
        <translation>承認された内容の notBefore は %1 で、現在から %2 時間以内ではありません。再度承認が必要です。</translation>
    </message>
    <message>
        <source>The certificate does not pass the linter; nothing was signed.</source>
        <translation>証明書がリントを通過しないため、何も署名していません。</translation>
    </message>
    <message>
        <source>The precertificate could not be built.</source>
        <translation>プレ証明書を作成できませんでした。</translation>
    </message>
    <message>
        <source>The signed certificate does not match what was approved; it is not released.</source>
        <translation>署名した証明書が承認内容と一致しないため、発行しません。</translation>
    </message>
    <message>
        <source>The OCSP responder certificate does not pass the linter (CP table 7.1-2).</source>
        <translation>OCSP レスポンダ証明書がリントを通過しません (CP 表 7.1-2)。</translation>
    </message>
    <message>
        <source>nextUpdate must come after thisUpdate and at most 10 days later (CP table 7.2-1).</source>
        <translation>nextUpdate は thisUpdate より後で、かつ 10 日以内である必要があります (CP 表 7.2-1)。</translation>
    </message>
    <message>
        <source>The CRL could not be built.</source>
        <translation>CRL を作成できませんでした。</translation>
    </message>
    <message>
        <source>An OCSP response must be valid between 8 hours and 10 days (CP 4.9.10).</source>
        <translation>OCSP 応答の有効期間は 8 時間から 10 日の間である必要があります (CP 4.9.10)。</translation>
    </message>
    <message>
        <source>The OCSP responder key or certificate is missing.</source>
        <translation>OCSP レスポンダの鍵または証明書がありません。</translation>
    </message>
    <message>
        <source>&quot;good&quot; is only ever said of a certificate this CA issued.</source>
        <translation>「good」はこの CA が発行した証明書についてのみ応答します。</translation>
    </message>
    <message>
        <source>The OCSP response could not be built.</source>
        <translation>OCSP 応答を作成できませんでした。</translation>
    </message>
    <message>
        <source>No current CAA permission for %1: the check must be at most max(TTL, 8 hours) old at signing (R-CAA-3).</source>
        <translation>%1 について有効な CAA 許可がありません。署名時に確認は max(TTL, 8 時間) 以内でなければなりません (R-CAA-3)。</translation>
    </message>
    <message>
        <source>The approval key of %1 carries no certification by this CA&apos;s HSM; the approval is not accepted (R-APR-2).</source>
        <translation>%1 の承認鍵にはこの CA の HSM による証明がありません。この承認は受け付けません（R-APR-2）。</translation>
    </message>
    <message>
        <source>The HSM has no audit key to certify approvers&apos; keys.</source>
        <translation>HSM に承認者の鍵を証明する監査鍵がありません。</translation>
    </message>
    <message>
        <source>The HSM has no audit key to sign checkpoints.</source>
        <translation>HSM にチェックポイントに署名する監査鍵がありません。</translation>
    </message>
    <message>
        <source>%1 has no passed domain validation usable today: nothing was signed (R-DCV-2, R-DOC-2).</source>
        <translation>%1 には本日使用できる合格済みのドメイン認証がありません。何も署名していません (R-DCV-2, R-DOC-2)。</translation>
    </message>
    <message>
        <source>The certificate has no readable subjectAltName with its names.</source>
        <translation>証明書に読み取り可能な subjectAltName（名前の一覧）がありません。</translation>
    </message>
    <message>
        <source>The certificate names something other than a domain name: nothing validated it.</source>
        <translation>証明書にドメイン名以外の名前が含まれています。それを検証したものはありません。</translation>
    </message>
</context>
<context>
    <name>SqlApplicationRepository</name>
    <message>
        <source>No application with number %1.</source>
        <translation>番号 %1 の申請はありません。</translation>
    </message>
    <message>
        <source>Someone else changed this application meanwhile. Reopen it to see the current state.</source>
        <translation>この間に他の人がこの申請を変更しました。開き直して現在の状態を確認してください。</translation>
    </message>
    <message>
        <source>The application records cannot be read or saved.</source>
        <translation>申請の記録を読み書きできません。</translation>
    </message>
</context>
<context>
    <name>SqlAuditTrail</name>
    <message>
        <source>The audit log has lost its head record.</source>
        <translation>監査ログの先頭記録が失われています。</translation>
    </message>
    <message>
        <source>The audit log cannot be read or written.</source>
        <translation>監査ログを読み書きできません。</translation>
    </message>
    <message>
        <source>The clock reads %1, earlier than the last audit entry (%2); nothing was done. Check this computer&apos;s clock.</source>
        <translation>時計が %1 を示しており、最後の監査エントリ（%2）より前です。何も実行していません。このコンピューターの時計を確認してください。</translation>
    </message>
    <message>
        <source>The last audit entry has no readable time; nothing was done. Run audit verify.</source>
        <translation>最後の監査エントリの時刻を読み取れないため、何も実行していません。audit verify を実行してください。</translation>
    </message>
    <message>
        <source>Audit entry %1 was changed outside the application: run `ra-cli audit verify`.</source>
        <translation>監査ログのエントリ %1 がアプリケーションの外で変更されました。`ra-cli audit verify` を実行してください。</translation>
    </message>
</context>
<context>
    <name>SqlCallbacks</name>
    <message>
        <source>The call-back records cannot be read or written.</source>
        <translation>コールバックの記録を読み書きできません。</translation>
    </message>
</context>
<context>
    <name>SqlCertificateStore</name>
    <message>
        <source>The certificate records cannot be read or written.</source>
        <translation>証明書の記録を読み書きできません。</translation>
    </message>
    <message>
        <source>No certificate has serial %1.</source>
        <translation>シリアル %1 の証明書はありません。</translation>
    </message>
</context>
<context>
    <name>SqlDcvAttempts</name>
    <message>
        <source>The validation records cannot be read or written.</source>
        <translation>検証の記録を読み書きできません。</translation>
    </message>
    <message>
        <source>There is no validation attempt %1.</source>
        <translation>検証の試行 %1 はありません。</translation>
    </message>
</context>
<context>
    <name>SqlDocuments</name>
    <message>
        <source>The documents cannot be read or written.</source>
        <translation>書類を読み書きできません。</translation>
    </message>
</context>
<context>
    <name>SqlHighRisk</name>
    <message>
        <source>The high-risk records cannot be read or written.</source>
        <translation>高リスクの記録を読み書きできません。</translation>
    </message>
    <message>
        <source>There is no high-risk name #%1.</source>
        <translation>高リスク名称 #%1 はありません。</translation>
    </message>
</context>
<context>
    <name>SqlKeyBlocklist</name>
    <message>
        <source>The key blocklist cannot be written.</source>
        <translation>鍵のブロックリストに書き込めません。</translation>
    </message>
    <message>
        <source>The key blocklist cannot be read.</source>
        <translation>鍵のブロックリストを読み込めません。</translation>
    </message>
</context>
<context>
    <name>SqlOrganizationEvidence</name>
    <message>
        <source>The organization evidence cannot be read or written.</source>
        <translation>組織の証拠を読み書きできません。</translation>
    </message>
    <message>
        <source>There is no approved data source #%1.</source>
        <translation>承認済みの情報源 #%1 はありません。</translation>
    </message>
</context>
<context>
    <name>SqlUserRepository</name>
    <message>
        <source>A user with this name exists already.</source>
        <translation>この名前のユーザーは既に存在します。</translation>
    </message>
    <message>
        <source>No such user.</source>
        <translation>そのユーザーは存在しません。</translation>
    </message>
    <message>
        <source>The user records cannot be read.</source>
        <translation>ユーザーの記録を読み込めません。</translation>
    </message>
    <message>
        <source>The approval key changed while it was certified.</source>
        <translation>証明の処理中に承認鍵が変更されました。</translation>
    </message>
</context>
<context>
    <name>SqlValidationEvidence</name>
    <message>
        <source>The validation evidence cannot be read or written.</source>
        <translation>検証の証跡を読み書きできません。</translation>
    </message>
</context>
<context>
    <name>SqliteAuditScan</name>
    <message>
        <source>The audit log cannot be read.</source>
        <translation>監査ログを読み取れません。</translation>
    </message>
</context>
<context>
    <name>SubscriberNotifier</name>
    <message>
        <source>Certificate %1 is not issued: there is nothing to send.</source>
        <translation>証明書 %1 は発行されていません。送るものがありません。</translation>
    </message>
    <message>
        <source>No mail relay is configured (ra-cli settings set mail/relay).</source>
        <translation>メールの中継サーバーが設定されていません（ra-cli settings set mail/relay）。</translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>&lt;b&gt;Every check of every step&lt;/b&gt; — select one to read the rule it enforces.</source>
        <translation>&lt;b&gt;全ステップの全確認項目&lt;/b&gt; — 項目を選ぶと、その規則を表示します。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判定者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Note and evidence</source>
        <translation>メモと証跡</translation>
    </message>
</context>
<context>
    <name>TlsAuthority</name>
    <message>
        <source>The perspectives&apos; TLS certificate could not be made (%1).</source>
        <translation>視点用の TLS 証明書を作成できませんでした (%1)。</translation>
    </message>
</context>
<context>
    <name>UserService</name>
    <message>
        <source>A user name is 2 to 32 lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter.</source>
        <translation>ユーザー名は英小文字で始まる2〜32文字の英小文字・数字・「.」「_」「-」です。</translation>
    </message>
    <message>
        <source>Only an administrator may add users. The first user of a workspace is its administrator.</source>
        <translation>ユーザーを追加できるのは管理者だけです。ワークスペースの最初のユーザーは管理者です。</translation>
    </message>
    <message>
        <source>Only an administrator may manage users.</source>
        <translation>ユーザーを管理できるのは管理者だけです。</translation>
    </message>
    <message>
        <source>You cannot disable your own account.</source>
        <translation>自分のアカウントは無効にできません。</translation>
    </message>
    <message>
        <source>“%1” is reserved: the audit log uses it for the software itself or for a role.</source>
        <translation>「%1」は予約されています。監査ログでソフトウェア自身または役割を表すために使われます。</translation>
    </message>
    <message>
        <source>Another administrator resets your account; you change your own password with your current one.</source>
        <translation>自分のアカウントのリセットは他の管理者が行います。自分のパスワードは現在のパスワードを使って変更してください。</translation>
    </message>
    <message>
        <source>The enrolment code of this account has expired: reset the account for a new one, then confirm.</source>
        <translation>このアカウントの登録コードは期限切れです。アカウントをリセットして新しいコードを発行してから確認してください。</translation>
    </message>
    <message>
        <source>This account is disabled.</source>
        <translation>このアカウントは無効です。</translation>
    </message>
    <message>
        <source>This would leave fewer than two active administrators: add and confirm another administrator first.</source>
        <translation>有効な管理者が 2 人未満になります。先に別の管理者を追加して確認してください。</translation>
    </message>
</context>
<context>
    <name>WebLab</name>
    <message>
        <source>The lab&apos;s web server runs already (PID %1).</source>
        <translation>ラボの Web サーバーはすでに動いています（PID %1）。</translation>
    </message>
    <message>
        <source>nginx is not installed (Debian package nginx).</source>
        <translation>nginx がインストールされていません（Debian パッケージ nginx）。</translation>
    </message>
    <message>
        <source>Port 80 or 443 on %1 is in use or may not be used by this user; choose another address with --web-address.</source>
        <translation>%1 のポート 80 または 443 は使用中か、このユーザーでは使えません。--web-address で別のアドレスを選んでください。</translation>
    </message>
    <message>
        <source>The lab&apos;s web server did not start; see %1.</source>
        <translation>ラボの Web サーバーが起動しませんでした。%1 を見てください。</translation>
    </message>
    <message>
        <source>The lab&apos;s web server (PID %1) did not stop.</source>
        <translation>ラボの Web サーバー（PID %1）が停止しませんでした。</translation>
    </message>
    <message>
        <source>The lab&apos;s web server did not take the new configuration; see %1.</source>
        <translation>ラボの Web サーバーが新しい設定を読み込みませんでした。%1 を見てください。</translation>
    </message>
    <message>
        <source>%1 is not a URL the lab serves.</source>
        <translation>%1 はラボが提供する URL ではありません。</translation>
    </message>
    <message>
        <source>%1%2 is not a URL the lab serves.</source>
        <translation>%1%2 はラボが提供する URL ではありません。</translation>
    </message>
</context>
<context>
    <name>Workflow</name>
    <message>
        <source>This action is not possible while the application is %1.</source>
        <translation>申請が「%1」の間はこの操作はできません。</translation>
    </message>
    <message>
        <source>A reason is required for this action.</source>
        <translation>この操作には理由が必要です。</translation>
    </message>
    <message numerus="yes">
        <source>%n mandatory check(s) have not passed yet.</source>
        <translation>
            <numerusform>必須チェックのうち %n 件がまだ合格していません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Your role may not make this decision.</source>
        <translation>あなたのロールではこの判断はできません。</translation>
    </message>
    <message>
        <source>Approval needs your second factor entered at the moment of approval.</source>
        <translation>承認には、承認時点で入力した第二要素が必要です。</translation>
    </message>
    <message>
        <source>Approval must cover the exact certificate content.</source>
        <translation>承認は発行する証明書の内容そのものに対して行う必要があります。</translation>
    </message>
    <message>
        <source>Only a supervisor may send an application back.</source>
        <translation>申請を差し戻せるのは責任者だけです。</translation>
    </message>
    <message>
        <source>The application does not have the approvals it needs.</source>
        <translation>この申請には必要な承認がそろっていません。</translation>
    </message>
    <message>
        <source>Only an RA officer may record a resubmission.</source>
        <translation>再提出を記録できるのは RA 審査担当者だけです。</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>不明な操作です。</translation>
    </message>
    <message>
        <source>Take for review</source>
        <translation>審査を開始</translation>
    </message>
    <message>
        <source>Submit for approval</source>
        <translation>承認を申請</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>承認</translation>
    </message>
    <message>
        <source>Send back to officer</source>
        <translation>審査担当者に差し戻す</translation>
    </message>
    <message>
        <source>Mark issued</source>
        <translation>発行済みにする</translation>
    </message>
    <message>
        <source>Return to applicant</source>
        <translation>申請者に返却</translation>
    </message>
    <message>
        <source>Record resubmission</source>
        <translation>再提出を記録</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>却下</translation>
    </message>
    <message>
        <source>Only the officer who took this application, or a supervisor, may return, resubmit or reject it.</source>
        <translation>この申請を差し戻し・再提出・却下できるのは、申請を引き受けた RA 担当者か監督者だけです。</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>%1 already holds a workspace.</source>
        <translation>%1 には既にワークスペースがあります。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>フォルダ %1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 is not a workspace. Create one with: ra-cli workspace init %1</source>
        <translation>%1 はワークスペースではありません。次のコマンドで作成してください: ra-cli workspace init %1</translation>
    </message>
    <message>
        <source>%1 is a security setting: an administrator changes it, and the audit log keeps it.</source>
        <translation>%1 はセキュリティ設定です。管理者が変更し、監査ログが保持します。</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>RA Workstation</source>
        <translation>RA ワークステーション</translation>
    </message>
</context>
<context>
    <name>ra-cli</name>
    <message>
        <source>Workspace folder.</source>
        <translation>ワークスペースのフォルダ。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>フォルダ</translation>
    </message>
    <message>
        <source>Machine-readable output on stdout.</source>
        <translation>機械可読な出力を標準出力に出す。</translation>
    </message>
    <message>
        <source>Act as if today were DATE (ISO 8601).</source>
        <translation>今日を DATE（ISO 8601）として動作する。</translation>
    </message>
    <message>
        <source>DATE</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Authenticate as USER (secrets from the terminal or stdin).</source>
        <translation>USER として認証する（秘密情報は端末または標準入力から）。</translation>
    </message>
    <message>
        <source>USER</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>With workspace init: add demo users, HSM and applications.</source>
        <translation>workspace init と併用: デモユーザー、HSM、申請を追加する。</translation>
    </message>
    <message>
        <source>officer, supervisor, auditor or administrator.</source>
        <translation>officer、supervisor、auditor、administrator のいずれか。</translation>
    </message>
    <message>
        <source>ROLE</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>The user&apos;s full name.</source>
        <translation>ユーザーの氏名。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>The user is a Key Custodian.</source>
        <translation>このユーザーは鍵管理者である。</translation>
    </message>
    <message>
        <source>Why (return, reject).</source>
        <translation>理由（返却、却下）。</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>出力ファイル。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Verify this export file instead of the database.</source>
        <translation>データベースの代わりにこの書き出しファイルを検証する。</translation>
    </message>
    <message>
        <source>A base32 TOTP secret.</source>
        <translation>base32 形式の TOTP シークレット。</translation>
    </message>
    <message>
        <source>BASE32</source>
        <translation>BASE32</translation>
    </message>
    <message>
        <source>Only applications in this state.</source>
        <translation>この状態の申請のみ。</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>RA Workstation command line</source>
        <translation>RA ワークステーション コマンドライン</translation>
    </message>
    <message>
        <source>Run ra-cli --help for the commands.</source>
        <translation>コマンドの一覧は ra-cli --help で確認できます。</translation>
    </message>
    <message>
        <source>Error: </source>
        <translation>エラー: </translation>
    </message>
    <message>
        <source>--at takes a date such as 2026-12-01 or 2026-12-01T09:00:00Z.</source>
        <translation>--at には 2026-12-01 や 2026-12-01T09:00:00Z のような日時を指定してください。</translation>
    </message>
    <message>
        <source>This command changes the workspace: name yourself with --as USER.</source>
        <translation>このコマンドはワークスペースを変更します: --as USER で本人を指定してください。</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>%1 のパスワード</translation>
    </message>
    <message>
        <source>One-time code for %1</source>
        <translation>%1 のワンタイムコード</translation>
    </message>
    <message>
        <source>Usage: ra-cli workspace init DIR [--demo]</source>
        <translation>使い方: ra-cli workspace init DIR [--demo]</translation>
    </message>
    <message>
        <source>Workspace created in %1.</source>
        <translation>%1 にワークスペースを作成しました。</translation>
    </message>
    <message>
        <source>Demo users, passwords and TOTP secrets: %1</source>
        <translation>デモユーザー、パスワード、TOTP シークレット: %1</translation>
    </message>
    <message>
        <source>  [key custodian]</source>
        <translation>  [鍵管理者]</translation>
    </message>
    <message>
        <source>  [disabled]</source>
        <translation>  [無効]</translation>
    </message>
    <message>
        <source>--role must be officer, supervisor, auditor or administrator.</source>
        <translation>--role には officer、supervisor、auditor、administrator のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>User %1 disabled.</source>
        <translation>ユーザー %1 を無効にしました。</translation>
    </message>
    <message>
        <source>Unknown user command: %1</source>
        <translation>不明な user コマンド: %1</translation>
    </message>
    <message>
        <source>Usage: ra-cli --as OFFICER import PACKAGE</source>
        <translation>使い方: ra-cli --as OFFICER import PACKAGE</translation>
    </message>
    <message>
        <source>Imported %1 as application %2.</source>
        <translation>%1 を申請 %2 として取り込みました。</translation>
    </message>
    <message>
        <source>Unknown state: %1</source>
        <translation>不明な状態: %1</translation>
    </message>
    <message>
        <source>Usage: ra-cli app show|take|return|reject ID</source>
        <translation>使い方: ra-cli app show|take|return|reject ID</translation>
    </message>
    <message>
        <source>Unknown app command: %1</source>
        <translation>不明な app コマンド: %1</translation>
    </message>
    <message>
        <source>Application %1 is now %2.</source>
        <translation>申請 %1 は「%2」になりました。</translation>
    </message>
    <message>
        <source>OK: %1</source>
        <translation>OK: %1</translation>
    </message>
    <message>
        <source>FAILED at entry %1: %2</source>
        <translation>記録 %1 で不合格: %2</translation>
    </message>
    <message>
        <source>Usage: ra-cli audit export --out FILE</source>
        <translation>使い方: ra-cli audit export --out FILE</translation>
    </message>
    <message>
        <source>%1 entries written to %2.</source>
        <translation>%1 件を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Usage: ra-cli totp code --secret BASE32</source>
        <translation>使い方: ra-cli totp code --secret BASE32</translation>
    </message>
    <message>
        <source>The secret is not base32.</source>
        <translation>シークレットが base32 形式ではありません。</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>コマンドが指定されていません。</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>不明なコマンド: %1</translation>
    </message>
    <message>
        <source>Blocklist format: spki-sha256 or debian.</source>
        <translation>ブロックリストの形式: spki-sha256 または debian。</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>形式</translation>
    </message>
    <message>
        <source>Usage: ra-cli csr check FILE</source>
        <translation>使い方: ra-cli csr check FILE</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>%1 を読み込めません。</translation>
    </message>
    <message>
        <source>The signature verifies with the CSR&apos;s key.</source>
        <translation>署名は CSR の鍵で検証できます。</translation>
    </message>
    <message>
        <source>The signature does not verify.</source>
        <translation>署名を検証できません。</translation>
    </message>
    <message>
        <source>Usage: ra-cli --as ADMINISTRATOR blocklist import FILE --format spki-sha256|debian</source>
        <translation>使い方: ra-cli --as ADMINISTRATOR blocklist import FILE --format spki-sha256|debian</translation>
    </message>
    <message>
        <source>%1 values read, %2 new.</source>
        <translation>%1 件を読み込み、うち %2 件が新規です。</translation>
    </message>
    <message>
        <source>With lint: list every lint.</source>
        <translation>lint と併用: すべてのリントを一覧表示する。</translation>
    </message>
    <message numerus="yes">
        <source>%n lint(s) run, no findings.</source>
        <translation>
            <numerusform>%n 件のリントを実行し、指摘はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>With lint: tls-server (the default) or ocsp-responder.</source>
        <translation>lint と併用: tls-server（既定）または ocsp-responder。</translation>
    </message>
    <message>
        <source>Usage: ra-cli lint FILE [--at DATE] [--profile NAME] | ra-cli lint --list</source>
        <translation>使い方: ra-cli lint FILE [--at DATE] [--profile NAME] | ra-cli lint --list</translation>
    </message>
    <message>
        <source>--profile must be one of: %1</source>
        <translation>--profile には次のいずれかを指定してください: %1</translation>
    </message>
    <message>
        <source>Key Custodian %1: user name</source>
        <translation>鍵管理者 %1: ユーザー名</translation>
    </message>
    <message>
        <source>PIN share of %1</source>
        <translation>%1 の PIN 分割片</translation>
    </message>
    <message>
        <source>The test signature does not verify.</source>
        <translation>テスト署名を検証できません。</translation>
    </message>
    <message>
        <source>The CA key was activated, signed a test challenge that verifies, and was deactivated again.</source>
        <translation>CA 鍵を活性化し、検証できるテスト署名を行い、再び非活性化しました。</translation>
    </message>
    <message>
        <source>Completed the interrupted issuance of certificate %1 (application %2).</source>
        <translation>中断していた証明書 %1 の発行を完了しました (申請 %2)。</translation>
    </message>
    <message>
        <source>Only an administrator may set up the CA.</source>
        <translation>CA を設定できるのは管理者のみです。</translation>
    </message>
    <message>
        <source>Add at least two Key Custodians before setting up the CA.</source>
        <translation>CA を設定する前に、鍵管理者を 2 名以上追加してください。</translation>
    </message>
    <message>
        <source>Approved the certificate content %1 (serial %2); application %3 has %4 of %5 approvals and is now %6.</source>
        <translation>証明書内容 %1 (シリアル %2) を承認しました。申請 %3 の承認は %5 件中 %4 件で、現在の状態は %6 です。</translation>
    </message>
    <message>
        <source>Usage: ra-cli issue ID [--out FILE]  (two Key Custodians on stdin)</source>
        <translation>使い方: ra-cli issue ID [--out ファイル]  (2 名の鍵管理者を標準入力から)</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Certificate %1 issued for application %2.</source>
        <translation>申請 %2 の証明書 %1 を発行しました。</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>失効</translation>
    </message>
    <message>
        <source>No certificate has serial %1.</source>
        <translation>シリアル %1 の証明書はありません。</translation>
    </message>
    <message>
        <source>Certificate %1 has not been issued.</source>
        <translation>証明書 %1 は発行されていません。</translation>
    </message>
    <message>
        <source>Usage: ra-cli revoke SERIAL --reason %1 --as SUPERVISOR</source>
        <translation>使い方: ra-cli revoke シリアル --reason %1 --as 監督者</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a revocation reason of this CA; use one of: %2 (CP 7.2.2; certificateHold is never used).</source>
        <translation>「%1」はこの CA の失効理由ではありません。次のいずれかを使用してください: %2 (CP 7.2.2。certificateHold は使用しません)。</translation>
    </message>
    <message>
        <source>Certificate %1 is revoked; the next CRL and OCSP responses say so.</source>
        <translation>証明書 %1 を失効しました。次の CRL と OCSP 応答に反映されます。</translation>
    </message>
    <message>
        <source>Usage: ra-cli crl generate --out FILE  (two Key Custodians on stdin)</source>
        <translation>使い方: ra-cli crl generate --out ファイル  (2 名の鍵管理者を標準入力から)</translation>
    </message>
    <message>
        <source>CRL number %1 with %2 entries, valid until %3, written to %4 (DER).</source>
        <translation>CRL 番号 %1 (エントリ %2 件、%3 まで有効) を %4 に書き出しました (DER)。</translation>
    </message>
    <message>
        <source>Usage: ra-cli ocsp sign --out DIR [--serial HEX ...]  (two Key Custodians on stdin)</source>
        <translation>使い方: ra-cli ocsp sign --out フォルダ [--serial 16進数 ...]  (2 名の鍵管理者を標準入力から)</translation>
    </message>
    <message>
        <source>%1 cannot be created.</source>
        <translation>%1 を作成できません。</translation>
    </message>
    <message>
        <source>%1 OCSP response(s) written to %2.</source>
        <translation>OCSP 応答 %1 件を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>With ocsp sign: also answer for this serial (hex); repeatable.</source>
        <translation>ocsp sign で、このシリアル (16 進数) についても応答を作成します (複数指定可)。</translation>
    </message>
    <message>
        <source>HEX</source>
        <translation>16進数</translation>
    </message>
    <message>
        <source>With cert show: the certificate as PEM.</source>
        <translation>cert show で、証明書を PEM で出力します。</translation>
    </message>
    <message>
        <source>With ca split-pin: who gets a share (comma-separated user names).</source>
        <translation>ca split-pin で、シェアを受け取る人 (カンマ区切りのユーザー名)。</translation>
    </message>
    <message>
        <source>NAMES</source>
        <translation>名前</translation>
    </message>
    <message numerus="yes">
        <source>%n issuance(s) were interrupted; the next signing command completes them.</source>
        <translation>
            <numerusform>中断された発行が %n 件あります。次の署名コマンドで完了します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: ra-cli ca init --demo|--chain FILE --ocsp-cert FILE | ca activate | ca chain | ca split-pin [--custodians A,B,C]</source>
        <translation>使い方: ra-cli ca init --demo|--chain ファイル --ocsp-cert ファイル | ca activate | ca chain | ca split-pin [--custodians A,B,C]</translation>
    </message>
    <message>
        <source>The certificate files cannot be read.</source>
        <translation>証明書ファイルを読み取れません。</translation>
    </message>
    <message>
        <source>The CA is registered; its keys stay in the HSM.</source>
        <translation>CA を登録しました。鍵は HSM 内に留まります。</translation>
    </message>
    <message>
        <source>With ca init: the issuing CA and root certificates (PEM, in that order).</source>
        <translation>ca init で、発行 CA 証明書とルート証明書 (PEM、この順)。</translation>
    </message>
    <message>
        <source>With ca init: the OCSP responder certificate (PEM).</source>
        <translation>ca init で、OCSP レスポンダ証明書 (PEM)。</translation>
    </message>
    <message>
        <source>With caa check: forward queries to this resolver (the lab: 127.0.0.1@53535).</source>
        <translation>caa check で、問い合わせをこのリゾルバに転送します (ラボ: 127.0.0.1@53535)。</translation>
    </message>
    <message>
        <source>ADDR@PORT</source>
        <translation>アドレス@ポート</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>With lab start: the DNS port (default 53535).</source>
        <translation>lab start で、DNS のポート (既定は 53535)。</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>ポート</translation>
    </message>
    <message>
        <source>Lab DNS (Knot) runs; resolver %1.</source>
        <translation>ラボの DNS (Knot) が動作中です。リゾルバ %1。</translation>
    </message>
    <message>
        <source>Lab DNS is stopped.</source>
        <translation>ラボの DNS は停止しています。</translation>
    </message>
    <message>
        <source>With dcv start: the validation method (dns-change).</source>
        <translation>dcv start で、検証方法 (dns-change)。</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>With dcv start: the Authorization Domain Name (default: the FQDN).</source>
        <translation>dcv start で、認可ドメイン名 (既定は FQDN)。</translation>
    </message>
    <message>
        <source>With dcv start: an underscore label in front of the ADN.</source>
        <translation>dcv start で、認可ドメイン名の前に付けるアンダースコアのラベル。</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ラベル</translation>
    </message>
    <message>
        <source>Unknown validation method: %1</source>
        <translation>不明な検証方法: %1</translation>
    </message>
    <message>
        <source>With lab: its folder (default $RA_LAB_DIR, else WORKSPACE/lab).</source>
        <translation>lab と共に: そのフォルダ (既定は $RA_LAB_DIR、なければ ワークスペース/lab)。</translation>
    </message>
    <message>
        <source>With lab start: the first of six perspective ports (default 47001).</source>
        <translation>lab start と共に: 6 つの視点ポートの先頭 (既定 47001)。</translation>
    </message>
    <message>
        <source>With caa check: record the check as evidence for this application.</source>
        <translation>caa check と共に: 確認をこの申請の証跡として記録します。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Usage: ra-cli caa check FQDN [--resolver ADDR@PORT] [--issuer DOMAIN] | caa check FQDN --application ID --as OFFICER</source>
        <translation>使い方: ra-cli caa check FQDN [--resolver アドレス@ポート] [--issuer ドメイン] | caa check FQDN --application ID --as RA担当者</translation>
    </message>
    <message>
        <source>%1: %2 — %3
%4 Valid until %5.</source>
        <translation>%1: %2 — %3
%4 有効期限 %5。</translation>
    </message>
    <message>
        <source>Attempt %1 for %2: %3 (primary saw: %4).
%5</source>
        <translation>%2 の試行 %1: %3 (プライマリの観測: %4)。
%5</translation>
    </message>
    <message>
        <source>There is no workspace at %1; the lab enrolls its perspectives there (ra-cli workspace init).</source>
        <translation>%1 にワークスペースがありません。ラボはそこに視点を登録します (ra-cli workspace init)。</translation>
    </message>
    <message>
        <source>No perspective runs.</source>
        <translation>動作中の視点はありません。</translation>
    </message>
    <message>
        <source>Perspectives running: %1.</source>
        <translation>動作中の視点: %1。</translation>
    </message>
    <message>
        <source>%1 %2 now: %3</source>
        <translation>%1 %2 は現在: %3</translation>
    </message>
    <message>
        <source>With caa check: the CA&apos;s issuer domain (default: the workspace&apos;s caa/issuer_domain, secomtrust.net unless configured; CP 4.2.4).</source>
        <translation>caa check で、CA の発行者ドメイン (既定はワークスペースの caa/issuer_domain、設定がなければ secomtrust.net、CP 4.2.4)。</translation>
    </message>
    <message>
        <source>With lab start: the loopback address whose ports 80 and 443 the lab&apos;s web server takes (default 127.0.0.80).</source>
        <translation>lab start で：ラボの Web サーバーがポート 80 と 443 を使うループバックアドレス（既定 127.0.0.80）。</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>Attempt %1: %2 Then run ra-cli dcv check %1.</source>
        <translation>試行 %1：%2 そのあと ra-cli dcv check %1 を実行してください。</translation>
    </message>
    <message>
        <source>%1 now serves: %2</source>
        <translation>%1 が提供する内容：%2</translation>
    </message>
    <message>
        <source>Lab web server (nginx) runs on %1, ports 80 and 443.</source>
        <translation>ラボの Web サーバー（nginx）が %1 のポート 80 と 443 で動いています。</translation>
    </message>
    <message>
        <source>Lab web server is stopped.</source>
        <translation>ラボの Web サーバーは停止しています。</translation>
    </message>
    <message>
        <source>Usage: ra-cli lab start|stop|status [--lab-dir DIR] [--port PORT] [--perspective-port PORT] [--web-address ADDRESS] | lab set-record NAME TYPE [RDATA ...] | lab publish URL CONTENT | lab reply ADDRESS</source>
        <translation>使い方: ra-cli lab start|stop|status [--lab-dir フォルダー] [--port ポート] [--perspective-port ポート] [--web-address アドレス] | lab set-record 名前 タイプ [RDATA ...] | lab publish URL 内容 | lab reply アドレス</translation>
    </message>
    <message>
        <source>%1 replied to the newest message it received.</source>
        <translation>%1 が、受け取った最新のメッセージに返信しました。</translation>
    </message>
    <message>
        <source>Lab mail (aiosmtpd) runs on %1, ports %2 and %3.</source>
        <translation>ラボのメール（aiosmtpd）が %1 のポート %2 と %3 で動いています。</translation>
    </message>
    <message>
        <source>Lab mail is stopped.</source>
        <translation>ラボのメールは停止しています。</translation>
    </message>
    <message>
        <source>Lab WHOIS is stopped.</source>
        <translation>ラボの WHOIS は停止しています。</translation>
    </message>
    <message>
        <source>Evidence #%1 recorded: %2 (%3), confirms %4
</source>
        <translation>証拠 #%1 を記録しました: %2（%3）、確認: %4
</translation>
    </message>
    <message>
        <source>Usage: ra-cli rds list | rds approve EVALUATION.json --as ADMINISTRATOR | rds withdraw ID --as ADMINISTRATOR</source>
        <translation>使い方: ra-cli rds list | rds approve 評価.json --as 管理者 | rds withdraw ID --as 管理者</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>承認者 %1</translation>
    </message>
    <message>
        <source>withdrawn by %1</source>
        <translation>取消者 %1</translation>
    </message>
    <message>
        <source>Not a data source id: %1</source>
        <translation>情報源の ID ではありません: %1</translation>
    </message>
    <message>
        <source>Data source %1 withdrawn: it can no longer be cited.</source>
        <translation>情報源 %1 を取り消しました。今後は証拠として引用できません。</translation>
    </message>
    <message>
        <source>%1 cannot be read (at most 64 KiB).</source>
        <translation>%1 を読み込めません（上限 64 KiB）。</translation>
    </message>
    <message>
        <source>Data source %1 approved: %2</source>
        <translation>情報源 %1 を承認しました: %2</translation>
    </message>
    <message>
        <source>With app reject: rejected for suspected fraud or phishing (R-IN-3).</source>
        <translation>app reject と併用: 不正・フィッシングの疑いによる却下（R-IN-3）。</translation>
    </message>
    <message>
        <source>No high-risk match.</source>
        <translation>高リスクとの一致はありません。</translation>
    </message>
    <message>
        <source>Not a high-risk name id: %1</source>
        <translation>高リスク名称の ID ではありません: %1</translation>
    </message>
    <message>
        <source>High-risk name %1 added: %2</source>
        <translation>高リスク名称 %1 を追加しました: %2</translation>
    </message>
    <message>
        <source>Usage: ra-cli cert list | cert show SERIAL [--pem] | cert notify SERIAL --as USER</source>
        <translation>使い方: ra-cli cert list | cert show シリアル [--pem] | cert notify シリアル --as ユーザー</translation>
    </message>
    <message>
        <source>Only officers and supervisors notify subscribers.</source>
        <translation>利用者への通知は審査担当者と承認者だけが行えます。</translation>
    </message>
    <message>
        <source>The subscriber of %1 was notified.</source>
        <translation>%1 の利用者に通知しました。</translation>
    </message>
    <message>
        <source>Usage: ra-cli authority list APPLICATION | authority callback APPLICATION CALLBACK.json --as OFFICER (CALLBACK.json: channel, contact, data_source_id, source_reference, person_reached, person_title, reached_at, outcome, note; - reads stdin)</source>
        <translation>使い方: ra-cli authority list 申請 | authority callback 申請 CALLBACK.json --as 担当者（CALLBACK.json: channel, contact, data_source_id, source_reference, person_reached, person_title, reached_at, outcome, note。- は標準入力）</translation>
    </message>
    <message>
        <source>channel is telephone, email or postal; outcome is confirmed, denied or not-reached.</source>
        <translation>channel は telephone、email、postal のいずれか、outcome は confirmed、denied、not-reached のいずれかです。</translation>
    </message>
    <message>
        <source>Call-back recorded: %1</source>
        <translation>コールバックを記録しました: %1</translation>
    </message>
    <message>
        <source>Usage: ra-cli doc list APPLICATION | doc inspect APPLICATION DOCUMENT all|CHECK,CHECK… [--reason FINDING] --as OFFICER | doc replace APPLICATION DOCUMENT FILE --as OFFICER (checks: issuer, dates, content, unaltered)</source>
        <translation>使い方: ra-cli doc list 申請 | doc inspect 申請 書類 all|項目,項目… [--reason 所見] --as 担当者 | doc replace 申請 書類 ファイル --as 担当者（項目: issuer, dates, content, unaltered）</translation>
    </message>
    <message>
        <source>uninspected</source>
        <translation>未点検</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>不合格: %1</translation>
    </message>
    <message>
        <source>Document #%1 (%2) replaces #%3.</source>
        <translation>書類 #%1（%2）が #%3 を差し替えました。</translation>
    </message>
    <message>
        <source>Inspection #%1 of document #%2: passed.</source>
        <translation>書類 #%2 の点検 #%1: 合格。</translation>
    </message>
    <message>
        <source>Inspection #%1 of document #%2: FAILED (%3).</source>
        <translation>書類 #%2 の点検 #%1: 不合格（%3）。</translation>
    </message>
    <message>
        <source>Usage: ra-cli app dossier ID --out FILE.pdf --as USER</source>
        <translation>使い方: ra-cli app dossier ID --out ファイル.pdf --as ユーザー</translation>
    </message>
    <message>
        <source>%1 written to %2.</source>
        <translation>%1 を %2 に書き出しました。</translation>
    </message>
    <message>
        <source>Usage: ra-cli app check ID CODE passed|failed|n/a --reason TEXT --as OFFICER</source>
        <translation>使い方: ra-cli app check ID 項目 passed|failed|n/a --reason 根拠 --as 担当者</translation>
    </message>
    <message>
        <source>%1 recorded as %2.</source>
        <translation>%1 を %2 として記録しました。</translation>
    </message>
    <message>
        <source>%1 cannot be read back.</source>
        <translation>%1 を読み戻せません。</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 は JSON オブジェクトではありません: %2</translation>
    </message>
    <message>
        <source>kind is government-agency, reliable-data-source, site-visit, attestation-letter or identification-document.</source>
        <translation>kind には government-agency、reliable-data-source、site-visit、attestation-letter、identification-document のいずれかを指定します。</translation>
    </message>
    <message>
        <source>Evidence #%1 recorded: %2 %3, confirms %4</source>
        <translation>証跡 #%1 を記録しました: %2 %3、確認内容 %4</translation>
    </message>
    <message>
        <source>Usage: ra-cli org search APPLICATION NAME --as OFFICER | org lookup APPLICATION CORPORATE_NUMBER --as OFFICER | org reuse APPLICATION CORPORATE_NUMBER --as OFFICER | org record APPLICATION EVIDENCE.json --as OFFICER (EVIDENCE.json: kind (government-agency, reliable-data-source, site-visit, attestation-letter, identification-document), data_source_id, reference, obtained_at, confirms (name+address+country+tradename), verified {legal_name, state_or_province, locality, street_address, country, tradename}, documents [ids], note; - reads stdin) | org evidence APPLICATION</source>
        <translation>使い方: ra-cli org search 申請 名称 --as 担当者 | org lookup 申請 法人番号 --as 担当者 | org reuse 申請 法人番号 --as 担当者 | org record 申請 EVIDENCE.json --as 担当者（EVIDENCE.json: kind（government-agency, reliable-data-source, site-visit, attestation-letter, identification-document）, data_source_id, reference, obtained_at, confirms（name+address+country+tradename）, verified {legal_name, state_or_province, locality, street_address, country, tradename}, documents [ID], note; - は標準入力）| org evidence 申請</translation>
    </message>
    <message>
        <source>  (closed)</source>
        <translation>  （閉鎖）</translation>
    </message>
    <message>
        <source>The registry has no corporation of that name.</source>
        <translation>登録簿にその名称の法人はありません。</translation>
    </message>
    <message>
        <source>Usage: ra-cli risk names list | risk names add NAME --reason TEXT --as ADMINISTRATOR | risk names remove ID --reason TEXT --as ADMINISTRATOR | risk check APPLICATION</source>
        <translation>使い方: ra-cli risk names list | risk names add 名前 --reason 理由 --as 管理者 | risk names remove ID --reason 理由 --as 管理者 | risk check 申請</translation>
    </message>
    <message>
        <source>High-risk name %1 removed from the list: %2</source>
        <translation>ハイリスク名 %1 を一覧から外しました: %2</translation>
    </message>
    <message>
        <source>Usage: ra-cli dcv start APPLICATION FQDN [--method dns-change|website-change|acme-http-01|constructed-email] [--adn ADN] [--label _LABEL] --as OFFICER | dcv check ATTEMPT --as OFFICER | dcv status APPLICATION --as USER</source>
        <translation>使い方: ra-cli dcv start 申請 FQDN [--method dns-change|website-change|acme-http-01|constructed-email] [--adn ADN] [--label _ラベル] --as 担当者 | dcv check 試行 --as 担当者 | dcv status 申請 --as 利用者</translation>
    </message>
    <message>
        <source>--at moves the clock and is refused here: only a demo workspace (workspace init --demo), in a build made for tests, may act at another time.</source>
        <translation>--at は時計を動かすため、ここでは拒否されます。別の時刻で操作できるのは、テスト用ビルドのデモワークスペース（workspace init --demo）だけです。</translation>
    </message>
    <message>
        <source>%1 is not a demo workspace: a lab would replace its resolver, perspectives and mail relay. Only a workspace made with `workspace init --demo` has a lab.</source>
        <translation>%1 はデモワークスペースではありません。ラボはリゾルバー、パースペクティブ、メールリレーを置き換えてしまいます。ラボを持てるのは `workspace init --demo` で作成したワークスペースだけです。</translation>
    </message>
    <message>
        <source>With audit verify: the CA&apos;s public audit key (PEM) that signed the checkpoints.</source>
        <translation>audit verify で使用：チェックポイントに署名した CA の監査用公開鍵（PEM）。</translation>
    </message>
    <message>
        <source>Usage: ra-cli audit verify [--audit-key FILE] [--export FILE] | audit export --out FILE | audit key</source>
        <translation>使い方: ra-cli audit verify [--audit-key FILE] [--export FILE] | audit export --out FILE | audit key</translation>
    </message>
    <message>
        <source>Key Custodian %1, to receive a PIN share: password</source>
        <translation>PIN 分割片を受け取る鍵管理者 %1: パスワード</translation>
    </message>
    <message>
        <source>Share %1 of %2 is for %3 alone: everyone else looks away now.</source>
        <translation>分割片 %1/%2 は %3 さん専用です。他の方は今、画面から目を離してください。</translation>
    </message>
    <message>
        <source>%1, press Enter to see your share.</source>
        <translation>%1 さん、Enter キーを押すと分割片が表示されます。</translation>
    </message>
    <message>
        <source>Write it down where only you can read it, then press Enter to clear the screen.</source>
        <translation>ご自身だけが読める場所に書き留めてから、Enter キーを押して画面を消去してください。</translation>
    </message>
    <message>
        <source>Each custodian was shown their own share: %1.</source>
        <translation>各鍵管理者に本人の分割片を表示しました: %1。</translation>
    </message>
    <message>
        <source>PIN shares are shown on a terminal only, to each custodian in turn: run this command at a terminal, its input not redirected. Nothing changed.</source>
        <translation>PIN 分割片は端末上でのみ、鍵管理者ごとに順番に表示されます。入力をリダイレクトせず、端末でこのコマンドを実行してください。何も変更していません。</translation>
    </message>
    <message>
        <source>Demo CA created. Each Key Custodian now sees their PIN share, alone.</source>
        <translation>デモ CA を作成しました。各鍵管理者は一人ずつ自分の PIN 分割片を確認します。</translation>
    </message>
    <message>
        <source>Not every share was shown: this demo CA cannot be activated; make a new demo workspace.</source>
        <translation>すべての分割片を表示できませんでした。このデモ CA は有効化できません。新しいデモワークスペースを作成してください。</translation>
    </message>
    <message>
        <source>A new PIN is ready; each custodian now sees their new share, alone. The token takes it at the end.</source>
        <translation>新しい PIN を用意しました。各鍵管理者は一人ずつ新しい分割片を確認します。トークンへの設定は最後に行います。</translation>
    </message>
    <message>
        <source>Not every share was shown: the token keeps its old PIN and the old shares still work.</source>
        <translation>すべての分割片を表示できませんでした。トークンは古い PIN のままで、古い分割片は引き続き使えます。</translation>
    </message>
    <message>
        <source>The token has a new PIN; the old shares no longer work. Each custodian was shown their own share: %1.</source>
        <translation>トークンに新しい PIN を設定しました。古い分割片は使えません。各鍵管理者に本人の分割片を表示しました: %1。</translation>
    </message>
    <message>
        <source>Add its administrator, who then enrols: ra-cli --workspace %1 user add NAME --role administrator</source>
        <translation>管理者を追加し、その管理者が登録します: ra-cli --workspace %1 user add NAME --role administrator</translation>
    </message>
    <message>
        <source>  [awaiting a second administrator]</source>
        <translation>  [第二の管理者の確認待ち]</translation>
    </message>
    <message>
        <source>  [awaiting enrolment]</source>
        <translation>  [登録待ち]</translation>
    </message>
    <message>
        <source>Usage: ra-cli user add|confirm|reset|disable|enrol NAME, user password</source>
        <translation>使い方: ra-cli user add|confirm|reset|disable|enrol NAME、user password</translation>
    </message>
    <message>
        <source>Enrolment code for %1: %2 (until %3 UTC). Give it to them alone: they choose their own password and authenticator with `ra-cli user enrol %1` or at the workstation&apos;s first sign-in. It is not shown again.</source>
        <translation>%1 の登録コード: %2（%3 UTC まで）。本人だけに渡してください。本人が `ra-cli user enrol %1` またはワークステーションの初回サインインで自分のパスワードと認証アプリを設定します。このコードは二度と表示されません。</translation>
    </message>
    <message>
        <source>This grant needs a second administrator: `ra-cli --as OTHER-ADMIN user confirm %1` gives the code&apos;s other part, and %1 needs both.</source>
        <translation>この権限付与には第二の管理者が必要です。`ra-cli --as OTHER-ADMIN user confirm %1` でコードのもう一方の部分が発行され、%1 には両方が必要です。</translation>
    </message>
    <message>
        <source>Enrolment code for %1 (all parts)</source>
        <translation>%1 の登録コード（すべての部分）</translation>
    </message>
    <message>
        <source>Choose a password</source>
        <translation>パスワードを決めてください</translation>
    </message>
    <message>
        <source>The same password again</source>
        <translation>同じパスワードをもう一度</translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was changed.</source>
        <translation>2 つのパスワードが異なります。何も変更していません。</translation>
    </message>
    <message>
        <source>Enter this secret in your authenticator app (or open the address):</source>
        <translation>このシークレットを認証アプリに入力してください（またはアドレスを開いてください）:</translation>
    </message>
    <message>
        <source>The code your authenticator shows now</source>
        <translation>認証アプリに今表示されているコード</translation>
    </message>
    <message>
        <source>%1 is enrolled and may sign in.</source>
        <translation>%1 は登録され、サインインできます。</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新しいパスワード</translation>
    </message>
    <message>
        <source>Password changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
    <message>
        <source>The certificate application %1 would get:</source>
        <translation>申請 %1 に発行される証明書:</translation>
    </message>
    <message>
        <source>Nothing was approved. To approve exactly this content: ra-cli --as %1 approve %2 --digest %3</source>
        <translation>何も承認していません。この内容をそのまま承認するには: ra-cli --as %1 approve %2 --digest %3</translation>
    </message>
    <message>
        <source>Usage: ra-cli approve ID --as SUPERVISOR [--digest SHA256]</source>
        <translation>使い方: ra-cli approve ID --as SUPERVISOR [--digest SHA256]</translation>
    </message>
    <message>
        <source>With approve: the SHA-256 of the tbsCertificate shown by `approve ID` alone.</source>
        <translation>approve と共に: `approve ID` だけで表示された tbsCertificate の SHA-256。</translation>
    </message>
    <message>
        <source>SHA256</source>
        <translation>SHA256</translation>
    </message>
    <message>
        <source>--digest takes the 64 lower-case hex digits `approve ID` showed as the tbsCertificate SHA-256.</source>
        <translation>--digest には、`approve ID` が tbsCertificate の SHA-256 として表示した 64 桁の小文字 16 進数を指定します。</translation>
    </message>
    <message>
        <source>Lab WHOIS runs on %1, port 43; RDAP on https://%2/.</source>
        <translation>ラボの WHOIS が %1 のポート 43 で、RDAP が https://%2/ で動いています。</translation>
    </message>
    <message>
        <source>Reading the workspace needs a signed-in user: name yourself with --as USER.</source>
        <translation>ワークスペースを読むにはサインインが必要です。--as USER で名乗ってください。</translation>
    </message>
    <message>
        <source>Usage: ra-cli ca init --demo --as ADMIN (a demo CA in a new SoftHSM2 token), or ra-cli ca init --chain FILE --ocsp-cert FILE --as ADMIN (register a CA whose keys are in the HSM named by the settings hsm/module and hsm/token_label).</source>
        <translation>使い方: ra-cli ca init --demo --as 管理者 (新しい SoftHSM2 トークンにデモ CA を作成)、または ra-cli ca init --chain ファイル --ocsp-cert ファイル --as 管理者 (設定 hsm/module と hsm/token_label で指定した HSM に鍵がある CA を登録)。</translation>
    </message>
    <message>
        <source>workspace init DIR | user add|confirm|enrol|password|reset|list|disable | import PACKAGE | app list|show|take|return|reject | approve ID | audit verify|export | csr check FILE | blocklist import FILE | lint FILE | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show SERIAL | revoke SERIAL | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | authority list|callback | doc list|inspect|replace | risk names list|add|remove | risk check ID | settings list|set KEY VALUE</source>
        <translation>workspace init フォルダ | user add|confirm|enrol|password|reset|list|disable | import パッケージ | app list|show|take|return|reject | approve ID | audit verify|export | csr check ファイル | blocklist import ファイル | lint ファイル | lint --list | ca init|activate|chain|split-pin | issue ID | cert list|show シリアル | revoke シリアル | crl generate | ocsp sign | caa check FQDN | dcv start|check|status | lab start|stop|status|set-record | totp code | org lookup|evidence | rds list|approve|withdraw | authority list|callback | doc list|inspect|replace | risk names list|add|remove | risk check ID | settings list|set キー 値</translation>
    </message>
    <message>
        <source>Usage: ra-cli settings list | settings set KEY VALUE --as ADMINISTRATOR (an empty VALUE removes the setting)</source>
        <translation>使い方: ra-cli settings list | settings set キー 値 --as 管理者（値を空にすると設定を削除します）</translation>
    </message>
    <message>
        <source>%1 is now “%2” (was “%3”); the audit log records the change.</source>
        <translation>%1 を「%2」にしました（以前は「%3」）。変更は監査ログに記録されています。</translation>
    </message>
</context>
<context>
    <name>ra::ui::ApplicationQueueModel</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Received %1 (%2 UTC)</source>
        <translation>受付 %1（UTC %2）</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>受付番号</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Domains</source>
        <translation>ドメイン</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>担当者</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>リスク</translation>
    </message>
</context>
<context>
    <name>ra::ui::ApplicationWindow</name>
    <message>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Application %1 — %2 — %3</source>
        <translation>申請 %1 — %2 — %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · state: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · 状態: &lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Last reason given: %1</source>
        <translation>直近の理由: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a checklist item to see the rule it enforces and the evidence it needs.&lt;/p&gt;</source>
        <translation>&lt;p&gt;チェックリストの項目を選ぶと、その規則と必要な証跡が表示されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Timeline (audit log of this application)</source>
        <translation>経緯（この申請の監査ログ）</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>規則</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判定者</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>%1 (if applicable)</source>
        <translation>%1（該当する場合）</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; · %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;&lt;i&gt;%5&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;%1&lt;/h3&gt;&lt;p&gt;&lt;b&gt;%2&lt;/b&gt; · %3&lt;/p&gt;&lt;p&gt;%4&lt;/p&gt;&lt;p&gt;&lt;i&gt;%5&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Decided by the workstation&apos;s own checks.</source>
        <translation>ワークステーション自身のチェックで判定します。</translation>
    </message>
    <message>
        <source>Recorded by the validating officer with its evidence.</source>
        <translation>審査担当者が証跡とともに記録します。</translation>
    </message>
    <message>
        <source>Certificate signing request</source>
        <translation>証明書署名要求（CSR）</translation>
    </message>
    <message>
        <source>Subject (as requested)</source>
        <translation>サブジェクト（申請どおり）</translation>
    </message>
    <message>
        <source>SAN dNSNames</source>
        <translation>SAN の dNSName</translation>
    </message>
    <message>
        <source>Other SAN entries</source>
        <translation>その他の SAN</translation>
    </message>
    <message>
        <source>%1 %2 bits</source>
        <translation>%1 %2 ビット</translation>
    </message>
    <message>
        <source>%1 %2 (%3 bits)</source>
        <translation>%1 %2（%3 ビット）</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開鍵</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <source>✔ Verifies with the CSR&apos;s own key (proof of possession)</source>
        <translation>✔ CSR 自身の鍵で検証できます（秘密鍵の所持証明）</translation>
    </message>
    <message>
        <source>✘ Does NOT verify: the request was altered or is forged</source>
        <translation>✘ 検証できません: 要求が改ざんまたは偽造されています</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
    <message>
        <source>Key SHA-256 (SPKI)</source>
        <translation>鍵の SHA-256（SPKI）</translation>
    </message>
    <message>
        <source>Requested names</source>
        <translation>申請されたドメイン名</translation>
    </message>
    <message>
        <source>Subscriber Agreement</source>
        <translation>利用者契約</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>版</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>同意日時</translation>
    </message>
    <message>
        <source>Accepted by</source>
        <translation>同意者</translation>
    </message>
    <message>
        <source>&lt;b&gt;Checklist&lt;/b&gt;</source>
        <translation>&lt;b&gt;チェックリスト&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Reason (recorded in the audit log and shown to the next person):</source>
        <translation>理由（監査ログに記録され、次の担当者に表示されます）:</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Imported %1 (CSR %2, %n document(s))</source>
        <translation>
            <numerusform>%1 を取り込み（CSR %2、書類 %n 件）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <source>%1 UTC · No. %2 · %3
%4</source>
        <translation>UTC %1 · 番号 %2 · %3
%4</translation>
    </message>
    <message>
        <source>Key and name checks</source>
        <translation>鍵と名前のチェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Registrable domain: %1</source>
        <translation>登録可能ドメイン: %1</translation>
    </message>
    <message>
        <source>Not checked (imported before these checks existed)</source>
        <translation>未チェック（このチェックの導入前に取り込まれた申請）</translation>
    </message>
    <message>
        <source>Certificate preview (from the data as it stands; verified values replace the applicant&apos;s)</source>
        <translation>証明書プレビュー（現時点のデータから作成。確認済みの値が申請者の値に置き換わります）</translation>
    </message>
    <message>
        <source>✘ No certificate can be built: %1</source>
        <translation>✘ 証明書を作成できません: %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>%1 to %2 (UTC)</source>
        <translation>%1 から %2 まで（UTC）</translation>
    </message>
    <message numerus="yes">
        <source>✔ Passes all %n lints</source>
        <translation>
            <numerusform>✔ %n 件のリントにすべて合格</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>✘ %n lint error(s): this certificate cannot be issued</source>
        <translation>
            <numerusform>✘ リントエラー %n 件: この証明書は発行できません</numerusform>
        </translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>リント</translation>
    </message>
    <message>
        <source>Certificate content fixed for approval (serial %1)</source>
        <translation>承認対象の証明書内容を確定 (シリアル %1)</translation>
    </message>
    <message>
        <source>Issuance started: serial %1 reserved</source>
        <translation>発行開始: シリアル %1 を予約</translation>
    </message>
    <message>
        <source>Precertificate signed (serial %1)</source>
        <translation>プレ証明書に署名 (シリアル %1)</translation>
    </message>
    <message>
        <source>Certificate %1 issued</source>
        <translation>証明書 %1 を発行</translation>
    </message>
    <message>
        <source>Issuance failed: %1</source>
        <translation>発行失敗: %1</translation>
    </message>
    <message>
        <source>Serial %1 retired unused (%2)</source>
        <translation>シリアル %1 を未使用のまま廃止 (%2)</translation>
    </message>
    <message>
        <source>Certificate %1 revoked (%2)</source>
        <translation>証明書 %1 を失効 (%2)</translation>
    </message>
    <message>
        <source>Check %1: %2</source>
        <translation>チェック %1: %2</translation>
    </message>
    <message>
        <source>Approve…</source>
        <translation>承認…</translation>
    </message>
    <message>
        <source>Issue certificate…</source>
        <translation>証明書を発行…</translation>
    </message>
    <message>
        <source>Certificate %1, revoked %2</source>
        <translation>証明書 %1、%2 に失効</translation>
    </message>
    <message>
        <source>Certificate %1, valid until %2</source>
        <translation>証明書 %1、%2 まで有効</translation>
    </message>
    <message>
        <source>Save certificate…</source>
        <translation>証明書を保存…</translation>
    </message>
    <message>
        <source>Save certificate</source>
        <translation>証明書を保存</translation>
    </message>
    <message>
        <source>%1 cannot be written.</source>
        <translation>%1 に書き込めません。</translation>
    </message>
    <message>
        <source>Validation of %1 started (%2, attempt %3)</source>
        <translation>%1 の検証を開始 (%2、試行 %3)</translation>
    </message>
    <message>
        <source>Validation of %1 checked: %2 (%3)</source>
        <translation>%1 の検証を確認: %2 (%3)</translation>
    </message>
    <message>
        <source>CAA of %1: %2 (%3)</source>
        <translation>%1 の CAA: %2 (%3)</translation>
    </message>
    <message>
        <source>✔ O, ST, L verified by evidence #%1</source>
        <translation>✔ O・ST・L は証拠 #%1 で確認済み</translation>
    </message>
    <message>
        <source>⚠ O, ST, L as the applicant claims them: not yet verified, so no certificate can be approved</source>
        <translation>⚠ O・ST・L は申請者の申告のままです。未確認のため証明書は承認できません</translation>
    </message>
    <message>
        <source>flagged at an earlier matching</source>
        <translation>以前の照合で高リスクと判定</translation>
    </message>
    <message>
        <source>Is the application rejected for suspected fraud or phishing? Later applications with the same organization, names or key will then be flagged high risk.</source>
        <translation>不正またはフィッシングの疑いで却下しますか？ その場合、同じ組織・名前・鍵の今後の申請は高リスクと判定されます。</translation>
    </message>
    <message>
        <source>Call-back to %1 (%2): %3</source>
        <translation>%1 へのコールバック（%2）: %3</translation>
    </message>
    <message>
        <source>Call-back not recorded: %1</source>
        <translation>コールバックを記録していません: %1</translation>
    </message>
    <message>
        <source>Document %1 inspected: %2</source>
        <translation>書類 %1 を点検: %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>failed (%1)</source>
        <translation>不合格（%1）</translation>
    </message>
    <message>
        <source>New version %1 of document #%2</source>
        <translation>書類 #%2 の新しい版 %1</translation>
    </message>
    <message>
        <source>Document action refused: %1</source>
        <translation>書類の操作を拒否: %1</translation>
    </message>
    <message>
        <source>Dossier PDF…</source>
        <translation>記録簿 PDF…</translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation>記録簿</translation>
    </message>
    <message>
        <source>Save the dossier</source>
        <translation>記録簿を保存</translation>
    </message>
    <message>
        <source>%1 cannot be read back.</source>
        <translation>%1 を読み戻せません。</translation>
    </message>
    <message>
        <source>Additional verification: %1 — record again…</source>
        <translation>追加確認: %1 — 再度記録…</translation>
    </message>
    <message>
        <source>Record the additional verification…</source>
        <translation>追加確認を記録…</translation>
    </message>
    <message>
        <source>What was verified, with whom and from which source (recorded in the audit log):</source>
        <translation>何を、誰と、どの情報源で確認したか（監査ログに記録されます）:</translation>
    </message>
    <message>
        <source>Did the additional verification confirm the application?</source>
        <translation>追加確認により申請内容は確認できましたか？</translation>
    </message>
    <message>
        <source>⚠ HIGH RISK — %1
Additional verification is required before approval: &quot;%2&quot;, recorded with the button below.</source>
        <translation>⚠ 高リスク — %1
承認の前に追加確認が必要です:「%2」を下のボタンから記録してください。</translation>
    </message>
</context>
<context>
    <name>ra::ui::ApprovalDialog</name>
    <message>
        <source>Approve application %1</source>
        <translation>申請 %1 の承認</translation>
    </message>
    <message>
        <source>Your one-time code, now</source>
        <translation>現在のワンタイムコード</translation>
    </message>
    <message>
        <source>Approve and sign</source>
        <translation>承認して署名</translation>
    </message>
    <message>
        <source>✘ Not approved: %1</source>
        <translation>✘ 承認されませんでした: %1</translation>
    </message>
    <message>
        <source>You approve the issuance of exactly this certificate (CP 5.2.2, 6.2.2). Your approval is signed with your own key over its SHA-256 digest; any later change to the content voids it.</source>
        <translation>この証明書そのものの発行を承認します (CP 5.2.2、6.2.2)。承認はその SHA-256 ダイジェストに対してあなた自身の鍵で署名され、後で内容が変わると無効になります。</translation>
    </message>
    <message>
        <source>Your password (opens your approval key)</source>
        <translation>パスワード (承認鍵を開きます)</translation>
    </message>
    <message>
        <source>Send back…</source>
        <translation>差し戻し…</translation>
    </message>
    <message>
        <source>The certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>✘ It cannot be approved: %1</source>
        <translation>✘ 承認できません: %1</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>サブジェクト</translation>
    </message>
    <message>
        <source>Serial</source>
        <translation>シリアル</translation>
    </message>
    <message>
        <source>Validity (UTC)</source>
        <translation>有効期間 (UTC)</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 から %2</translation>
    </message>
    <message>
        <source>SHA-256 of the tbsCertificate</source>
        <translation>tbsCertificate の SHA-256</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>拡張</translation>
    </message>
    <message>
        <source>Lint</source>
        <translation>リント</translation>
    </message>
    <message>
        <source>✔ Passes all %1 lints</source>
        <translation>✔ %1 件のリントをすべて通過</translation>
    </message>
    <message>
        <source>✘ %1 lint error(s)</source>
        <translation>✘ リントエラー %1 件</translation>
    </message>
    <message>
        <source>Checks and who decided them</source>
        <translation>チェックと判断者</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>判定者</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <source>What must the officer look at again? (recorded in the audit log)</source>
        <translation>RA 担当者に何を再確認してもらいますか? (監査ログに記録されます)</translation>
    </message>
    <message>
        <source>✘ Not sent back: %1</source>
        <translation>✘ 差し戻せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ra::ui::AuditBrowser</name>
    <message>
        <source>any time</source>
        <translation>指定なし</translation>
    </message>
    <message>
        <source>now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>(all)</source>
        <translation>（すべて）</translation>
    </message>
    <message>
        <source>Text in details</source>
        <translation>詳細に含まれる文字列</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>絞り込み(&amp;F)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>チェーンを検証(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>書き出し(&amp;E)…</translation>
    </message>
    <message>
        <source>Chain not verified in this session.</source>
        <translation>このセッションではまだチェーンを検証していません。</translation>
    </message>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>チェーンを検証しています…</translation>
    </message>
    <message>
        <source>✘ Chain broken at entry %1: %2</source>
        <translation>✘ 記録 %1 でチェーンが壊れています: %2</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>監査ログを書き出す</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>書き出しに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n 件を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ %1</source>
        <translation>✔ %1</translation>
    </message>
    <message>
        <source>✘ %1</source>
        <translation>✘ %1</translation>
    </message>
</context>
<context>
    <name>ra::ui::AuditLogModel</name>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
    <message>
        <source>Time (local)</source>
        <translation>日時（現地）</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>申請</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>端末</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
</context>
<context>
    <name>ra::ui::AuthorityPage</name>
    <message>
        <source>No approved source: an administrator approves one first</source>
        <translation>承認済みの情報源がありません。先に管理者が承認してください</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>✘ Not recorded: %1</source>
        <translation>✘ 記録していません: %1</translation>
    </message>
    <message>
        <source>✔ Call-back #%1 recorded.</source>
        <translation>✔ コールバック #%1 を記録しました。</translation>
    </message>
</context>
<context>
    <name>ra::ui::CaActivationDialog</name>
    <message>
        <source>Activate the CA key</source>
        <translation>CA 鍵の活性化</translation>
    </message>
    <message>
        <source>Two Key Custodians activate the CA key together (CP 6.2.2). Each signs in and enters their share of the activation data; nothing typed here is shown or kept.</source>
        <translation>2人の鍵管理者が共同で CA 鍵を活性化します（CP 6.2.2）。各自がサインインし、活性化データの分割片を入力します。ここで入力した内容は表示も保存もされません。</translation>
    </message>
    <message>
        <source>Activate</source>
        <translation>活性化</translation>
    </message>
    <message>
        <source>Key Custodian %1</source>
        <translation>鍵管理者 %1</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>One-time code</source>
        <translation>ワンタイムコード</translation>
    </message>
    <message>
        <source>PIN share</source>
        <translation>PIN 分割片</translation>
    </message>
    <message>
        <source>✘ The second custodian must be a different person from the first.</source>
        <translation>✘ 2人目の鍵管理者は1人目とは別の人でなければなりません。</translation>
    </message>
    <message>
        <source>Activating…</source>
        <translation>活性化しています…</translation>
    </message>
    <message>
        <source>✘ Not activated: %1</source>
        <translation>✘ 活性化できませんでした: %1</translation>
    </message>
</context>
<context>
    <name>ra::ui::ChangePasswordDialog</name>
    <message>
        <source>&amp;Change password</source>
        <translation>パスワードを変更(&amp;C)</translation>
    </message>
    <message>
        <source>The two new passwords differ. Type them again.</source>
        <translation>2 つの新しいパスワードが異なります。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>ra::ui::DataSourcesDialog</name>
    <message>
        <source>Consulted by the officer</source>
        <translation>担当者が参照する</translation>
    </message>
    <message>
        <source>NTA corporate-number registry (looked up by the workstation)</source>
        <translation>国税庁法人番号（ワークステーションが照会）</translation>
    </message>
    <message>
        <source>approved by %1, %2</source>
        <translation>承認: %1、%2</translation>
    </message>
    <message>
        <source>withdrawn by %1, %2</source>
        <translation>取り下げ: %1、%2</translation>
    </message>
    <message>
        <source>Select a source to read its evaluation (CP 3.2.2.7).</source>
        <translation>情報源を選択すると評価内容が表示されます（CP 3.2.2.7）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;Provider and purpose: %2 — %3&lt;br&gt;Age of the data: %4&lt;br&gt;Update frequency: %5&lt;br&gt;Public accessibility: %6&lt;br&gt;Difficulty of falsification: %7&lt;br&gt;Approved by %8 on %9</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;提供者と目的: %2 — %3&lt;br&gt;データの鮮度: %4&lt;br&gt;更新頻度: %5&lt;br&gt;公開性: %6&lt;br&gt;改ざんの困難さ: %7&lt;br&gt;承認: %8（%9）</translation>
    </message>
    <message>
        <source>✘ Not approved: %1</source>
        <translation>✘ 承認されませんでした: %1</translation>
    </message>
    <message>
        <source>✔ %1 approved: officers may cite it now.</source>
        <translation>✔ %1 を承認しました。担当者が引用できるようになりました。</translation>
    </message>
    <message>
        <source>Withdraw data source</source>
        <translation>データソースの取り下げ</translation>
    </message>
    <message>
        <source>Withdraw “%1”? Officers can no longer cite it; what was recorded from it is kept and keeps naming it.</source>
        <translation>「%1」を取り下げますか？担当者は引用できなくなります。これに基づく記録は保持され、名前も残ります。</translation>
    </message>
    <message>
        <source>✘ Not withdrawn: %1</source>
        <translation>✘ 取り下げられませんでした: %1</translation>
    </message>
    <message>
        <source>✔ %1 withdrawn.</source>
        <translation>✔ %1 を取り下げました。</translation>
    </message>
</context>
<context>
    <name>ra::ui::DocumentsPage</name>
    <message>
        <source>current, replaces #%1</source>
        <translation>現行（#%1 を差し替え）</translation>
    </message>
    <message>
        <source>current</source>
        <translation>現行</translation>
    </message>
    <message>
        <source>replaced by #%1</source>
        <translation>#%1 に差し替え済み</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>not inspected</source>
        <translation>未点検</translation>
    </message>
    <message>
        <source>passed (#%1)</source>
        <translation>合格（#%1）</translation>
    </message>
    <message>
        <source>FAILED (#%1): %2</source>
        <translation>不合格（#%1）: %2</translation>
    </message>
    <message>
        <source>No documents were attached to this application.</source>
        <translation>この申請には書類が添付されていません。</translation>
    </message>
    <message>
        <source>#%1 %2</source>
        <translation>#%1 %2</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>✘ The stored file of %1 is missing or does not match its SHA-256: it may have been altered. Do not rely on it; report it.</source>
        <translation>✘ %1 の保存ファイルがないか、SHA-256 と一致しません: 改ざんされた可能性があります。使用せず、報告してください。</translation>
    </message>
    <message>
        <source>✔ %1 matches its recorded SHA-256.</source>
        <translation>✔ %1 は記録された SHA-256 と一致します。</translation>
    </message>
    <message>
        <source>No preview for %1.</source>
        <translation>%1 はプレビューできません。</translation>
    </message>
    <message>
        <source>✘ Not recorded: %1</source>
        <translation>✘ 記録していません: %1</translation>
    </message>
    <message>
        <source>Select the document you inspected.</source>
        <translation>点検した書類を選択してください。</translation>
    </message>
    <message>
        <source>✔ Inspection #%1 recorded: passed.</source>
        <translation>✔ 点検 #%1 を記録しました: 合格。</translation>
    </message>
    <message>
        <source>Inspection #%1 recorded: failed.</source>
        <translation>点検 #%1 を記録しました: 不合格。</translation>
    </message>
    <message>
        <source>Select the document to replace.</source>
        <translation>差し替える書類を選択してください。</translation>
    </message>
    <message>
        <source>New version of document #%1</source>
        <translation>書類 #%1 の新しい版</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>書類 (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>取り消しました。</translation>
    </message>
    <message>
        <source>✔ Document #%1 replaces #%2: inspect the new version.</source>
        <translation>✔ 書類 #%1 が #%2 を差し替えました。新しい版を点検してください。</translation>
    </message>
</context>
<context>
    <name>ra::ui::DomainsPage</name>
    <message>
        <source>FQDN</source>
        <translation>FQDN</translation>
    </message>
    <message>
        <source>Validation (CP 3.2.2.4)</source>
        <translation>検証 (CP 3.2.2.4)</translation>
    </message>
    <message>
        <source>Random value</source>
        <translation>ランダム値</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>CAA (CP 3.2.2.8)</source>
        <translation>CAA (CP 3.2.2.8)</translation>
    </message>
    <message>
        <source>&amp;Start validation…</source>
        <translation>検証を開始(&amp;S)…</translation>
    </message>
    <message>
        <source>Check C&amp;AA</source>
        <translation>CAA を確認(&amp;A)</translation>
    </message>
    <message>
        <source>Only the officer validating this application, while it is in review, validates its domains.</source>
        <translation>この申請のドメインを検証できるのは、審査中の間、その申請を審査している RA 担当者のみです。</translation>
    </message>
    <message>
        <source>The selected name</source>
        <translation>選択した名前</translation>
    </message>
    <message>
        <source>&lt;b&gt;Network perspectives&lt;/b&gt; (CP 3.2.2.9)</source>
        <translation>&lt;b&gt;ネットワーク視点&lt;/b&gt; (CP 3.2.2.9)</translation>
    </message>
    <message>
        <source>Perspective</source>
        <translation>視点</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地域</translation>
    </message>
    <message>
        <source>RIR</source>
        <translation>RIR</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>観測内容</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>%1 (%2 days left)</source>
        <translation>%1 (残り %2 日)</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>未開始</translation>
    </message>
    <message>
        <source>allowed until %1</source>
        <translation>%1 まで許可</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1、%2</translation>
    </message>
    <message>
        <source>stale</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>not corroborated</source>
        <translation>裏付けなし</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>まだありません</translation>
    </message>
    <message>
        <source>No validation started for &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; の検証は開始されていません。</translation>
    </message>
    <message>
        <source>CAA %1 at %2: %3&lt;br&gt;Relevant record set at %4: %5&lt;br&gt;%6 · TTL %7 s · good until %8</source>
        <translation>CAA %1 (%2): %3&lt;br&gt;%4 の関連レコードセット: %5&lt;br&gt;%6 · TTL %7 秒 · %8 まで有効</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>CAA not checked yet.</source>
        <translation>CAA はまだ確認されていません。</translation>
    </message>
    <message>
        <source>CAA: %1</source>
        <translation>CAA: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <source>Start validation of %1</source>
        <translation>%1 の検証を開始</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M):</translation>
    </message>
    <message>
        <source>&amp;Authorization Domain Name:</source>
        <translation>認可ドメイン名(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Underscore label (optional):</source>
        <translation>アンダースコアラベル (任意)(&amp;U):</translation>
    </message>
    <message>
        <source>Domain validation</source>
        <translation>ドメイン検証</translation>
    </message>
    <message>
        <source>CAA</source>
        <translation>CAA</translation>
    </message>
    <message>
        <source>Asking %1 perspectives…</source>
        <translation>%1 の視点に問い合わせ中…</translation>
    </message>
    <message>
        <source>%1 of %2 perspectives answered…</source>
        <translation>%2 の視点のうち %1 が応答…</translation>
    </message>
    <message>
        <source>Done in %1 ms.</source>
        <translation>%1 ミリ秒で完了。</translation>
    </message>
    <message>
        <source>&amp;Check the validation</source>
        <translation>検証を確認(&amp;C)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, attempt %2 (%3): %4&lt;br&gt;Status: %5. Last seen: %6</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;、試行 %2（%3）：%4&lt;br&gt;状態：%5。最後に見えた内容：%6</translation>
    </message>
    <message>
        <source>Validation: %1</source>
        <translation>検証：%1</translation>
    </message>
    <message>
        <source>Cop&amp;y what to publish</source>
        <translation>公開する値をコピー(&amp;Y)</translation>
    </message>
    <message>
        <source>%1 — reused from %2</source>
        <translation>%1 — %2 から再利用</translation>
    </message>
    <message>
        <source>usable until %1</source>
        <translation>%1 まで使用可</translation>
    </message>
    <message>
        <source>In use: %1 validation of %2 (%3 days old), usable until %4 under the reuse limit in force%5.</source>
        <translation>使用中：%2 の %1 による検証（%3 日経過）。現行の再利用期限により %4 まで使用できます%5。</translation>
    </message>
    <message>
        <source>, reused from %1</source>
        <translation>（%1 から再利用）</translation>
    </message>
    <message>
        <source>sent by email only</source>
        <translation>メールでのみ送付</translation>
    </message>
    <message>
        <source>%1: %2, its value valid until %3</source>
        <translation>%1：%2、値は %3 まで有効</translation>
    </message>
    <message>
        <source>Asked at %1; its certificate&apos;s SHA-256: %2</source>
        <translation>問い合わせ先 %1、証明書の SHA-256: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
</context>
<context>
    <name>ra::ui::EnrolmentDialog</name>
    <message>
        <source>&amp;Continue</source>
        <translation>続ける(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>登録(&amp;E)</translation>
    </message>
    <message>
        <source>The two passwords differ. Type them again.</source>
        <translation>2 つのパスワードが異なります。もう一度入力してください。</translation>
    </message>
</context>
<context>
    <name>ra::ui::EvidenceDialog</name>
    <message>
        <source>&amp;Record evidence</source>
        <translation>証跡を記録(&amp;R)</translation>
    </message>
    <message>
        <source>✘ Not recorded: %1</source>
        <translation>✘ 記録していません: %1</translation>
    </message>
</context>
<context>
    <name>ra::ui::HighRiskNamesDialog</name>
    <message>
        <source>✘ Not added: %1</source>
        <translation>✘ 追加されませんでした: %1</translation>
    </message>
    <message>
        <source>✔ “%1” added: applications requesting it or a look-alike are flagged high risk from now on.</source>
        <translation>✔「%1」を追加しました。今後、この名称または類似名称を申請する申請は高リスクとなります。</translation>
    </message>
    <message>
        <source>Remove high-risk name</source>
        <translation>高リスク名称を削除</translation>
    </message>
    <message>
        <source>✘ Not removed: %1</source>
        <translation>✘ 削除されませんでした: %1</translation>
    </message>
    <message>
        <source>✔ “%1” removed.</source>
        <translation>✔「%1」を削除しました。</translation>
    </message>
    <message>
        <source>Why does “%1” come off the list? Later applications are no longer matched against it; applications already flagged stay flagged.</source>
        <translation>「%1」を一覧から外す理由は何ですか。以後の申請はこの名前と照合されなくなります。既にハイリスクとされた申請はそのままです。</translation>
    </message>
</context>
<context>
    <name>ra::ui::LoginDialog</name>
    <message>
        <source>RA Workstation — Sign in</source>
        <translation>RA ワークステーション — サインイン</translation>
    </message>
    <message>
        <source>RA Workstation — Locked</source>
        <translation>RA ワークステーション — ロック中</translation>
    </message>
    <message>
        <source>Sign in to %1</source>
        <translation>%1 にサインイン</translation>
    </message>
    <message>
        <source>The session is locked. Sign in again to continue, or log out.</source>
        <translation>セッションはロックされています。続けるには再度サインインするか、ログアウトしてください。</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>ユーザー名(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>パスワード(&amp;P)</translation>
    </message>
    <message>
        <source>One-time &amp;code</source>
        <translation>ワンタイムコード(&amp;C)</translation>
    </message>
    <message>
        <source>6 digits from your authenticator (not needed by auditors)</source>
        <translation>認証アプリの6桁の数字（監査人は不要）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ロック解除</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Log out</source>
        <translation>ログアウト</translation>
    </message>
    <message>
        <source>&amp;First sign-in…</source>
        <translation>初回サインイン(&amp;F)…</translation>
    </message>
    <message>
        <source>Enrol with the code an administrator gave you: choose your password and set up your authenticator.</source>
        <translation>管理者から受け取ったコードで登録します。パスワードを決め、認証アプリを設定します。</translation>
    </message>
    <message>
        <source>You are enrolled. Sign in with your new password and a code from your authenticator.</source>
        <translation>登録しました。新しいパスワードと認証アプリのコードでサインインしてください。</translation>
    </message>
</context>
<context>
    <name>ra::ui::MainWindow</name>
    <message>
        <source>My work</source>
        <translation>担当中の申請</translation>
    </message>
    <message>
        <source>New applications</source>
        <translation>新着の申請</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>承認待ち</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>すべての申請</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>返却済み</translation>
    </message>
    <message>
        <source>RA Workstation — %1 — %2 (%3)</source>
        <translation>RA ワークステーション — %1 — %2（%3）</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>状態: すべて</translation>
    </message>
    <message>
        <source>Any officer</source>
        <translation>担当者: すべて</translation>
    </message>
    <message>
        <source>Any age</source>
        <translation>経過: すべて</translation>
    </message>
    <message>
        <source>Older than 1 day</source>
        <translation>1日以上</translation>
    </message>
    <message>
        <source>Older than 3 days</source>
        <translation>3日以上</translation>
    </message>
    <message>
        <source>Older than 7 days</source>
        <translation>7日以上</translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation>状態(&amp;S)</translation>
    </message>
    <message>
        <source>O&amp;fficer</source>
        <translation>担当者(&amp;F)</translation>
    </message>
    <message>
        <source>A&amp;ge</source>
        <translation>経過(&amp;G)</translation>
    </message>
    <message>
        <source>Enter or double-click opens an application. Drop a package folder here to import it.</source>
        <translation>Enter キーまたはダブルクリックで申請を開きます。パッケージのフォルダをここにドロップすると取り込みます。</translation>
    </message>
    <message>
        <source>Enter or double-click opens an application (read-only for your role).</source>
        <translation>Enter キーまたはダブルクリックで申請を開きます（あなたのロールでは閲覧のみ）。</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>&amp;Import package…</source>
        <translation>パッケージを取り込む(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Open application</source>
        <translation>申請を開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>再読み込み(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>ロック(&amp;L)</translation>
    </message>
    <message>
        <source>Log &amp;out</source>
        <translation>ログアウト(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search the queue</source>
        <translation>キューを検索(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>Search reference, organization, domain</source>
        <translation>受付番号・組織・ドメインで検索</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>このアプリについて(&amp;A)</translation>
    </message>
    <message>
        <source>About RA Workstation</source>
        <translation>RA ワークステーションについて</translation>
    </message>
    <message>
        <source>&lt;b&gt;RA Workstation %1&lt;/b&gt;&lt;p&gt;Registration authority workstation for OV TLS server certificates under the SECOM Passport for Web SR certificate policy.&lt;/p&gt;</source>
        <translation>&lt;b&gt;RA ワークステーション %1&lt;/b&gt;&lt;p&gt;SECOM Passport for Web SR 証明書ポリシーに基づく OV TLS サーバー証明書のための登録局ワークステーションです。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>HSM: not activated</source>
        <translation>HSM: 未活性化</translation>
    </message>
    <message>
        <source>DB: SQLite %1</source>
        <translation>DB: SQLite %1</translation>
    </message>
    <message>
        <source>Perspectives: not configured</source>
        <translation>パースペクティブ: 未設定</translation>
    </message>
    <message>
        <source>%1 local · %2 UTC</source>
        <translation>現地 %1 · UTC %2</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>申請 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>取り込みを拒否しました</translation>
    </message>
    <message>
        <source>The package %1 was not imported: %2</source>
        <translation>パッケージ %1 は取り込まれませんでした: %2</translation>
    </message>
    <message>
        <source>Imported %1 as application %2.</source>
        <translation>%1 を申請 %2 として取り込みました。</translation>
    </message>
    <message>
        <source>&amp;CA</source>
        <translation>CA(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Activate CA key…</source>
        <translation>CA 鍵を活性化(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Deactivate CA key</source>
        <translation>CA 鍵を非活性化(&amp;D)</translation>
    </message>
    <message>
        <source>HSM: activated by %1</source>
        <translation>HSM: %1 が活性化</translation>
    </message>
    <message>
        <source>Issue certificate</source>
        <translation>証明書の発行</translation>
    </message>
    <message>
        <source>Certificate issued for application %1.</source>
        <translation>申請 %1 の証明書を発行しました。</translation>
    </message>
    <message>
        <source>Perspectives: %1/%2 online</source>
        <translation>視点: %2 のうち %1 が応答</translation>
    </message>
    <message>
        <source>Every perspective answers.</source>
        <translation>すべての視点が応答しています。</translation>
    </message>
    <message>
        <source>Not answering: %1</source>
        <translation>応答なし: %1</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>管理(&amp;A)</translation>
    </message>
    <message>
        <source>Reliable &amp;Data Sources…</source>
        <translation>信頼できるデータソース(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;High-risk names…</source>
        <translation>高リスク名称(&amp;H)…</translation>
    </message>
    <message>
        <source>Change &amp;password…</source>
        <translation>パスワードの変更(&amp;P)…</translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation>パスワードを変更しました。</translation>
    </message>
</context>
<context>
    <name>ra::ui::OrganizationPage</name>
    <message>
        <source>Legal name</source>
        <translation>正式名称</translation>
    </message>
    <message>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <source>Street</source>
        <translation>丁目番地等</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <source>DBA / tradename</source>
        <translation>屋号・商号</translation>
    </message>
    <message>
        <source>not looked up yet</source>
        <translation>未照会</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>Nothing is verified yet: look the organization up by its corporate number. The application&apos;s values are claims.</source>
        <translation>まだ何も確認されていません。法人番号で照会してください。申請内容は申告にすぎません。</translation>
    </message>
    <message>
        <source>⚠ Not yet verified: no certificate can be approved until evidence confirms the organization&apos;s name and address.</source>
        <translation>⚠ 未確認: 証拠で組織の名称と所在地を確認するまで証明書は承認できません。</translation>
    </message>
    <message>
        <source>same</source>
        <translation>一致</translation>
    </message>
    <message>
        <source>DIFFERS</source>
        <translation>不一致</translation>
    </message>
    <message>
        <source>Corporate number %1 (check digit ✔) · %2 · retrieved %3 by %4 · record updated %5</source>
        <translation>法人番号 %1（チェックデジット ✔）· %2 · %3 に %4 が取得 · 登記情報の更新 %5</translation>
    </message>
    <message>
        <source>⚠ The registry recorded a change of %1 on %2.</source>
        <translation>⚠ 登記情報に %2 付けの%1の変更があります。</translation>
    </message>
    <message>
        <source>address</source>
        <translation>所在地</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Response SHA-256 %1 · %2</source>
        <translation>応答の SHA-256 %1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n day(s) old)</source>
        <translation>
            <numerusform>%1（%n 日前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>expired (limit %n day(s))</source>
        <translation>
            <numerusform>期限切れ（上限 %n 日）</numerusform>
        </translation>
    </message>
    <message>
        <source>✔ O=%1, ST=%2, L=%3, C=%4 — from evidence #%5, not from the application</source>
        <translation>✔ O=%1、ST=%2、L=%3、C=%4 — 申請内容ではなく証拠 #%5 から</translation>
    </message>
    <message>
        <source>⚠ No evidence confirms both the name and the address: no certificate can be approved. Return the application for correction, or verify otherwise.</source>
        <translation>⚠ 名称と所在地の両方を確認した証拠がありません。証明書は承認できません。申請を差し戻して訂正を求めるか、別の方法で確認してください。</translation>
    </message>
    <message>
        <source>Asking the registry for %1…</source>
        <translation>%1 を照会しています…</translation>
    </message>
    <message>
        <source>Evidence #%1 recorded: confirms %2.</source>
        <translation>証拠 #%1 を記録しました。確認: %2。</translation>
    </message>
    <message numerus="yes">
        <source>The registry answered about this corporation for application #%1 on %2 (evidence #%3, confirms %4): %n day(s) old, reusable until %5.</source>
        <translation>
            <numerusform>この法人について申請 #%1 のために %2 に登記応答を取得済みです（証跡 #%3、確認内容 %4）。%n 日前のもので、%5 まで再利用できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Searching the registry for “%1”…</source>
        <translation>登録簿で「%1」を検索しています…</translation>
    </message>
    <message>
        <source>The registry has no corporation whose name starts with “%1”. Search with the name as registered (in Japanese), or ask the applicant for the corporate number.</source>
        <translation>登録簿に「%1」で始まる名称の法人はありません。登記どおりの（日本語の）名称で検索するか、申請者に法人番号を確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>%n corporation(s) found: choose one, then look its number up.</source>
        <translation>
            <numerusform>法人が %n 件見つかりました。1 件を選び、その番号で照会してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>閉鎖 %1</translation>
    </message>
    <message>
        <source>active</source>
        <translation>存続</translation>
    </message>
</context>
<context>
    <name>ra::ui::SummaryPage</name>
    <message>
        <source>Not required</source>
        <translation>不要</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n mandatory check(s) passed.</source>
        <translation>
            <numerusform>必須項目 %n 件のうち %1 件が合格しています。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every mandatory check has passed: the application can go to the supervisors&apos; approval queue.</source>
        <translation>必須項目はすべて合格しています。申請を責任者の承認待ちに回せます。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Submission stays disabled until these mandatory checks pass: %1</source>
        <translation>次の必須チェックに合格するまで承認申請はできません: %1</translation>
    </message>
    <message>
        <source>The application is %1: submission is for its validating officer while it is in review.</source>
        <translation>申請は「%1」です。承認依頼は、審査中に担当審査者だけが行えます。</translation>
    </message>
</context>
</TS>
