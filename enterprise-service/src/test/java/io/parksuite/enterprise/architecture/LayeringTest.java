package io.parksuite.enterprise.architecture;

import io.parksuite.testing.LayeringContract;

class LayeringTest extends LayeringContract {

    @Override
    protected String basePackage() {
        return "io.parksuite.enterprise";
    }
}
