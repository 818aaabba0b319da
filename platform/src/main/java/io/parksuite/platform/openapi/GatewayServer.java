package io.parksuite.platform.openapi;

import io.quarkus.runtime.ExecutionMode;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

import java.util.List;

/**
 * Names the gateway as the server of the served document, at start-up: clients call the API
 * through the gateway, whose public URL differs per environment ({@code GATEWAY_PUBLIC_URL}). The
 * build runs start-up filters too, for the stored document; outside a running application
 * ({@link ExecutionMode#UNSET}) this one adds nothing, so that copy is the same for every environment.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class GatewayServer implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (ExecutionMode.current() == ExecutionMode.UNSET) {
            return;
        }
        String url = ConfigProvider.getConfig().getValue("parksuite.openapi.server-url", String.class);
        openAPI.setServers(List.of(OASFactory.createServer().url(url)
                .description("The Park Suite API gateway")));
    }
}
