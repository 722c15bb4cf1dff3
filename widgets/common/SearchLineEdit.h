// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLineEdit>

namespace gpudesk {

// A search box that reports what the user is typing while an input method is still composing
// (Korean syllables are built from several key presses), not only committed text.
class SearchLineEdit final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchLineEdit)

public:
    explicit SearchLineEdit(QWidget *parent = nullptr);

    // The committed text with the current composition inserted at the cursor.
    QString searchText() const;

Q_SIGNALS:
    void searchTextChanged(const QString &text);

protected:
    void inputMethodEvent(QInputMethodEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void report();

    QString m_preedit;
    QString m_lastReported;
};

} // namespace gpudesk
