package io.parksuite.indicator.config;

import io.smallrye.config.ConfigMapping;

/**
 * The licence every open dataset is published under (政府数据开放), stated once in
 * application.properties so the catalogue never disagrees with itself.
 */
@ConfigMapping(prefix = "parksuite.open-data.licence")
public interface OpenDataLicence {

    /** The licence's identifier, e.g. CC-BY-4.0 (SPDX). */
    String id();

    /** Its title, in Chinese. */
    String title();

    /** Where its text is. */
    String url();
}
