package io.parksuite.indicator.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The window an approval-desk figure's counts are taken over. */
@Schema(name = "CountWindow", description = "MONTH (当月: the figure's value; 1–2月 for February), YEAR_TO_DATE "
        + "(1–X月: its ytdValue) or CATALOGUE (the service-item catalogue as it stands: both)")
public enum CountWindow {
    MONTH, YEAR_TO_DATE, CATALOGUE
}
