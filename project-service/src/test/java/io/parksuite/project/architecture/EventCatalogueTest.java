package io.parksuite.project.architecture;

import io.parksuite.testing.EventCatalogueContract;

class EventCatalogueTest extends EventCatalogueContract {

    @Override
    protected String basePackage() {
        return "io.parksuite.project";
    }

    @Override
    protected String serviceName() {
        return "project-service";
    }
}
