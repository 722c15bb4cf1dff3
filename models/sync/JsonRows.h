// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

// A strict JSON scanner for pulled pages: the page's small skeleton is read with QJsonDocument,
// but its rows (hundreds of thousands at a first sync) stay the bytes they came as and go to
// a prepared insert, bound row by row (JsonRowBinder). This finds every "rows" array of the page's
// "tables", checks that it is an array of arrays of scalars of one width, and says where it is.
// Pure: bytes in, a result out; never trusts its input.
namespace gpudesk::sync {

struct RowsSpan
{
    qsizetype begin = 0; // the '[' of the rows array
    qsizetype end = 0;   // one past its ']'
    qsizetype rows = 0;
    qsizetype width = -1; // elements per row; -1 when there are no rows
};

struct JsonScan
{
    bool ok = false;
    qsizetype errorOffset = 0;
    QByteArray reason;
    QList<RowsSpan> rows; // in document order, one per object of the top-level "tables" array
    QByteArray skeleton;  // the document with every rows array replaced by []
};

// Validates the whole document as JSON (UTF-8 included, nesting at most 64 deep) and finds the
// rows arrays at tables[i].rows.
JsonScan scanPullPage(const QByteArray &json);

} // namespace gpudesk::sync
