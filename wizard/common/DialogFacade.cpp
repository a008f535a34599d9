#include "DialogFacade.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace milink {

namespace {

// A window-modal file dialog that deletes itself and answers once.
void openFileDialog(QFileDialog *dialog, const DialogFacade::PathCallback &answer)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    QObject::connect(dialog, &QFileDialog::finished, dialog, [dialog, answer](int result) {
        const QStringList files = dialog->selectedFiles();
        answer(result == QDialog::Accepted && !files.isEmpty() ? files.constFirst() : QString());
    });
    dialog->open();
}

} // namespace

void WidgetDialogs::chooseDirectory(QWidget *parent, const QString &title, const QString &start,
                                    PathCallback answer)
{
    auto *dialog = new QFileDialog(parent, title, start);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    openFileDialog(dialog, answer);
}

void WidgetDialogs::chooseFileToOpen(QWidget *parent, const QString &title, const QString &filter,
                                     PathCallback answer)
{
    auto *dialog = new QFileDialog(parent, title, QString(), filter);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    openFileDialog(dialog, answer);
}

void WidgetDialogs::chooseFileToSave(QWidget *parent, const QString &title,
                                     const QString &suggestedPath, const QString &filter,
                                     PathCallback answer)
{
    auto *dialog = new QFileDialog(parent, title, suggestedPath, filter);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(QStringLiteral("milink"));
    openFileDialog(dialog, answer);
}

void WidgetDialogs::confirm(QWidget *parent, const QString &title, const QString &text,
                            const QString &acceptLabel, DecisionCallback answer)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::NoButton, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    QPushButton *accept = box->addButton(acceptLabel, QMessageBox::AcceptRole);
    QPushButton *cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    QObject::connect(box, &QMessageBox::finished, box,
                     [box, accept, answer](int) { answer(box->clickedButton() == accept); });
    box->open();
}

void WidgetDialogs::inform(QWidget *parent, const QString &title, const QString &text)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->open();
}

} // namespace milink
