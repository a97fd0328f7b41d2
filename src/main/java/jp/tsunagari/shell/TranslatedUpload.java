package jp.tsunagari.shell;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.component.upload.UploadI18N;

/**
 * Vaadin's file upload with its own texts (「ファイルを選択…」, 「ここにファイルをドロップ」, errors, progress) in the
 * user's language: the component ships English only, which a Japanese page must not show.
 */
public class TranslatedUpload extends Upload {

    public TranslatedUpload(UploadHandler handler) {
        super(handler);
        setI18n(new UploadI18N()
                .setAddFiles((UploadI18N.AddFiles) new UploadI18N.AddFiles()
                        .setOne(getTranslation("upload.addFiles.one")).setMany(getTranslation("upload.addFiles.many")))
                .setDropFiles((UploadI18N.DropFiles) new UploadI18N.DropFiles()
                        .setOne(getTranslation("upload.dropFiles.one")).setMany(getTranslation("upload.dropFiles.many")))
                .setError(new UploadI18N.Error()
                        .setTooManyFiles(getTranslation("upload.error.tooManyFiles"))
                        .setFileIsTooBig(getTranslation("upload.error.fileIsTooBig"))
                        .setIncorrectFileType(getTranslation("upload.error.incorrectFileType")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status()
                                .setConnecting(getTranslation("upload.status.connecting"))
                                .setStalled(getTranslation("upload.status.stalled"))
                                .setProcessing(getTranslation("upload.status.processing"))
                                .setHeld(getTranslation("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(getTranslation("upload.remainingTime.prefix"))
                                .setUnknown(getTranslation("upload.remainingTime.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(getTranslation("upload.serverError.unavailable"))
                                .setUnexpectedServerError(getTranslation("upload.serverError.unexpected"))
                                .setForbidden(getTranslation("upload.serverError.forbidden"))
                                .setFileTooLarge(getTranslation("upload.error.fileIsTooBig"))))
                .setFile(new UploadI18N.File()
                        .setRetry(getTranslation("upload.file.retry"))
                        .setStart(getTranslation("upload.file.start"))
                        .setRemove(getTranslation("upload.file.remove"))));
    }
}
