package io.parksuite.indicator.architecture;

import io.parksuite.testing.EventCatalogueContract;

class EventCatalogueTest extends EventCatalogueContract {

    @Override
    protected String basePackage() {
        return "io.parksuite.indicator";
    }

    @Override
    protected String serviceName() {
        return "indicator-service";
    }
}
