package io.parksuite.indicator.architecture;

import io.parksuite.testing.LayeringContract;

class LayeringTest extends LayeringContract {

    @Override
    protected String basePackage() {
        return "io.parksuite.indicator";
    }
}
