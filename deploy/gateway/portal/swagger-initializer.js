// Swagger UI for the four services' OpenAPI documents, fetched through the gateway.
window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    urls: [
      {url: '/openapi/enterprise', name: 'Enterprise registry 企业库'},
      {url: '/openapi/project', name: 'Project pipeline 招商项目'},
      {url: '/openapi/indicator', name: 'Indicators 经济指标'},
      {url: '/openapi/approval', name: 'Approval desk 一件事一次办'}
    ],
    'urls.primaryName': 'Enterprise registry 企业库',
    dom_id: '#swagger-ui',
    deepLinking: true,
    displayRequestDuration: true,
    filter: true,
    persistAuthorization: false,
    // No badge from the public validator: the portal loads nothing from outside the gateway.
    validatorUrl: null,
    presets: [
      SwaggerUIBundle.presets.apis,
      SwaggerUIStandalonePreset
    ],
    plugins: [
      SwaggerUIBundle.plugins.DownloadUrl
    ],
    layout: 'StandaloneLayout'
  });
});
