// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Enums.h"

#include <QString>

// Fictional but realistic Korean names and texts for generated profiles: organisations, people,
// the field taxonomy, project titles and summaries, review comments. Every function is pure: the
// caller passes the random bits (`r`), so the generator alone decides what is repeatable.
namespace gpudesk::demo {

struct Bilingual
{
    QString ko;
    QString en;
};

struct FieldName
{
    QString code;
    QString ko;
    QString en;
};

int fieldCount();
FieldName field(int index);

int regionCount();
Bilingual region(int index);

struct OrgName
{
    QString name; // Korean, as users see it
    QString nameEn;
    QString domain; // for e-mail addresses
    QString region; // 시·도, Korean
};

// The ordinal-th organisation of a type. Names are distinct while the ordinal is below the size
// of the type's name pool; past it a regional campus or branch tells them apart.
OrgName organizationName(OrganizationType type, int ordinal);

struct PersonName
{
    QString ko; // family name first: 김서연
    QString givenEn;
    QString familyEn;
};

PersonName person(quint64 r);
QString email(const PersonName &p, const QString &domain);
QString phone(quint64 r);

// Title and summary built from the same topic and method of a field for the same `r`.
Bilingual projectTitle(int field, quint64 r);
QString projectSummary(int field, quint64 r, const QString &typeCode, int gpus, int months);

// A reviewer's comment for an application of quality 0 (weak) to 1 (excellent).
QString reviewComment(double quality, quint64 r);
QString reviewerTitle(OrganizationType type, quint64 r);
QString externalAffiliation(quint64 r);
QString conflictNote(quint64 r);
QString maintenanceReason(quint64 r);
QString failedReason(quint64 r);
QString pledgeText();

// The object particle 을/를 that follows `word` (을 after a final consonant).
QString objectParticle(const QString &word);

} // namespace gpudesk::demo
