using System.Net;
using System.Text;

namespace GeoAnomaly.Host.Tests.Support;

/// <summary>An HTTP handler that answers every request with one status and JSON body, and keeps the last request.</summary>
/// <param name="status">The status to answer.</param>
/// <param name="body">The JSON body.</param>
internal sealed class AnsweringHandler(HttpStatusCode status, string body) : HttpMessageHandler
{
    public HttpRequestMessage? Request { get; private set; }

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Request = request;
        return Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
    }
}
