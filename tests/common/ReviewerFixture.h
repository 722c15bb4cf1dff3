// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TestStore.h"

#include <QCryptographicHash>

// The reviewers' side of call 2025-R1 on top of the reference data: a rubric, a pledge, two
// reviewers on the panel with their own assignments, one of them with a submitted review that
// the other must never see. Not captured, like data that came from the server.
namespace gpudesk::test {

inline constexpr const char *kPledgeText = "평가 과정에서 알게 된 정보를 외부에 누설하지 않습니다.";
inline constexpr const char *kSecretComment = "SECRET-COMMENT of the second reviewer";

inline bool seedReviewers(Store &store)
{
    if (!addApplication(store, QStringLiteral("a1"), QStringLiteral("R1-0001"),
                        QStringLiteral("언어 모델 과제"), QStringLiteral("o-univ"),
                        QStringLiteral("t-b200"), 128, 6, QStringLiteral("under_review")) ||
        !addApplication(store, QStringLiteral("a2"), QStringLiteral("R1-0002"),
                        QStringLiteral("신약 과제"), QStringLiteral("o-start"),
                        QStringLiteral("t-h200"), 64, 3, QStringLiteral("under_review")) ||
        !addApplication(store, QStringLiteral("a3"), QStringLiteral("R1-0003"),
                        QStringLiteral("비공개 과제"), QStringLiteral("o-sme"),
                        QStringLiteral("t-h200"), 32, 2, QStringLiteral("under_review")) ||
        !addApplication(store, QStringLiteral("a4"), QStringLiteral("R1-0004"),
                        QStringLiteral("충돌 과제"), QStringLiteral("o-sme"),
                        QStringLiteral("t-b200"), 16, 2, QStringLiteral("under_review")))
        return false;
    return exec(
        store,
        {
            QStringLiteral("UPDATE calls SET stage = 'review', review_deadline = '2026-02-20', "
                           "pledge_text = '%1' "
                           "WHERE id = 'c-r1'")
                .arg(QString::fromUtf8(kPledgeText)),
            QStringLiteral("INSERT INTO calls (id, call_type_id, code, title, opens_on, closes_on, "
                           "stage) VALUES "
                           "('c-r2', 'ct-open', '2026-R1', '2026년 1차 공모', '2026-03-01', "
                           "'2026-03-31', 'review')"),
            QStringLiteral("INSERT INTO rubric_criteria (id, call_id, ordinal, name, name_en, "
                           "weight, min_score, max_score, guidance) VALUES "
                           "('k-tech', 'c-r1', 1, '기술적 우수성', 'Technical excellence', 30, 0, "
                           "10, 'Is the method sound?'), "
                           "('k-feas', 'c-r1', 2, '수행 가능성', 'Feasibility', 25, 0, 10, 'Can "
                           "the team do it?'), "
                           "('k-need', 'c-r1', 3, '자원 필요성', 'Need for this compute', 25, 0, "
                           "10, 'Does it need this scale?'), "
                           "('k-impact', 'c-r1', 4, '기대 효과', 'Expected impact', 20, 1, 5, "
                           "'What changes if it succeeds?')"),
            QStringLiteral("INSERT INTO users (id, login, display_name, role) VALUES "
                           "('u-rev1', 'reviewer01', '김평가', 'reviewer'), ('u-rev2', "
                           "'reviewer02', '박비밀', 'reviewer'), "
                           "('u-rev3', 'reviewer03', '이무관', 'reviewer'), ('u-officer', "
                           "'officer', '최담당', 'program_officer')"),
            QStringLiteral(
                "INSERT INTO reviewers (id, user_id, name, email, organization_id) VALUES "
                "('rv-1', 'u-rev1', '김평가', 'kim@reviewers.example', 'o-univ'), "
                "('rv-2', 'u-rev2', '박비밀', 'park@reviewers.example', 'o-sme'), "
                "('rv-3', 'u-rev3', '이무관', 'lee@reviewers.example', NULL)"),
            QStringLiteral(
                "INSERT INTO panel_members (id, call_id, reviewer_id) VALUES "
                "('pm-1', 'c-r1', 'rv-1'), ('pm-2', 'c-r1', 'rv-2'), ('pm-3', 'c-r2', 'rv-2')"),
            QStringLiteral("INSERT INTO review_assignments (id, application_id, reviewer_id, "
                           "status, assigned_at) VALUES "
                           "('as-1', 'a1', 'rv-1', 'assigned', 1767225600000), ('as-2', 'a2', "
                           "'rv-1', 'assigned', 1767225600000), "
                           "('as-5', 'a4', 'rv-1', 'assigned', 1767225600000), "
                           "('as-3', 'a1', 'rv-2', 'accepted', 1767225600000), ('as-4', 'a3', "
                           "'rv-2', 'accepted', 1767225600000)"),
            QStringLiteral("INSERT INTO reviews (id, assignment_id, application_id, reviewer_id, "
                           "status, scores, total, comment, submitted_at) VALUES "
                           "('rw-3', 'as-3', 'a1', 'rv-2', 'submitted', "
                           "'{\"k-tech\":9,\"k-feas\":8,\"k-need\":7,\"k-impact\":4}', 81.25, "
                           "'%1', 1767312000000)")
                .arg(QString::fromUtf8(kSecretComment)),
            QStringLiteral("INSERT INTO pledges (id, call_id, reviewer_id, accepted_at, "
                           "pledge_text_sha256) VALUES "
                           "('pl-2', 'c-r1', 'rv-2', 1767225600000, '%1')")
                .arg(QString::fromLatin1(
                    QCryptographicHash::hash(QByteArray(kPledgeText), QCryptographicHash::Sha256)
                        .toHex())),
            QStringLiteral("INSERT INTO documents (id, application_id, kind, file_name, mime_type, "
                           "size_bytes, content) VALUES "
                           "('d-1', 'a1', 'proposal', 'proposal.txt', 'text/plain', 20, CAST('연구 "
                           "계획서 본문' AS BLOB)), "
                           "('d-3', 'a3', 'proposal', 'secret.txt', 'text/plain', 20, CAST('비공개 "
                           "계획서' AS BLOB))"),
        });
}

} // namespace gpudesk::test
