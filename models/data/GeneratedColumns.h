// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

// The columns the generators fill, in the order their rows list the values: one list per table
// that both the demo dataset (DatasetPlan) and the other tracks (TrackGenerator) write.
namespace gpudesk::generated {

inline QStringList acceleratorColumns()
{
    using namespace Qt::StringLiterals;
    return {u"call_id"_s, u"accelerator_type_id"_s, u"max_nodes"_s, u"price_per_gpu_hour"_s,
            u"pool_id"_s};
}

inline QStringList shareRateColumns()
{
    using namespace Qt::StringLiterals;
    return {u"call_id"_s, u"org_type"_s, u"eligible"_s, u"share_basis_points"_s};
}

inline QStringList criterionColumns()
{
    using namespace Qt::StringLiterals;
    return {u"call_id"_s, u"ordinal"_s,   u"name"_s,      u"name_en"_s,
            u"weight"_s,  u"min_score"_s, u"max_score"_s, u"guidance"_s};
}

inline QStringList applicationColumns()
{
    using namespace Qt::StringLiterals;
    return {u"call_id"_s,
            u"organization_id"_s,
            u"code"_s,
            u"title"_s,
            u"title_en"_s,
            u"summary"_s,
            u"pi_name"_s,
            u"pi_email"_s,
            u"pi_phone"_s,
            u"field_id"_s,
            u"accelerator_type_id"_s,
            u"requested_gpus"_s,
            u"requested_nodes"_s,
            u"months"_s,
            u"desired_start"_s,
            u"slurm_account"_s,
            u"submitted_at"_s,
            u"status"_s,
            u"status_changed_at"_s,
            u"screening_note"_s,
            u"granted_nodes"_s,
            u"source"_s};
}

inline QStringList statusHistoryColumns()
{
    using namespace Qt::StringLiterals;
    return {u"application_id"_s, u"from_status"_s, u"to_status"_s,
            u"changed_at"_s,     u"changed_by"_s,  u"reason"_s};
}

inline QStringList panelColumns()
{
    using namespace Qt::StringLiterals;
    return {u"call_id"_s, u"reviewer_id"_s};
}

inline QStringList pledgeColumns()
{
    using namespace Qt::StringLiterals;
    return {u"call_id"_s, u"reviewer_id"_s, u"accepted_at"_s, u"pledge_text_sha256"_s};
}

} // namespace gpudesk::generated
