package jp.tsunagari.importer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of one import ({@code tsunagari.import.*}): the file's size, its data rows, the errors listed in a report
 * (the count of the rest is given), and the rows written per {@code UNWIND} batch.
 */
@ConfigurationProperties("tsunagari.import")
record ImportProperties(@DefaultValue("50MB") DataSize maxFileSize, @DefaultValue("200000") int maxRows,
                        @DefaultValue("1000") int maxErrors, @DefaultValue("5000") int batchSize) {
}
