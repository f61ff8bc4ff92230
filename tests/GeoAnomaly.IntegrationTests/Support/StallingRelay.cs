using System.Net;
using System.Net.Sockets;

namespace GeoAnomaly.IntegrationTests.Support;

/// <summary>A TCP relay in front of a real server whose first <c>stalled</c> connections are accepted and read but
/// never answered (a server too busy to reply); later connections are relayed to the server unchanged.</summary>
internal sealed class StallingRelay : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly CancellationTokenSource _stop = new();
    private int _stalledLeft;
    private int _connections;

    public StallingRelay(string targetUrl, int stalled)
    {
        _target = new Uri(targetUrl);
        _stalledLeft = stalled;
        _listener.Start();
        _ = AcceptAsync();
    }

    /// <summary>URL clients use instead of the server's.</summary>
    public string Url => $"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}";

    /// <summary>Connections accepted so far, stalled or relayed.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = Interlocked.Decrement(ref _stalledLeft) >= 0 ? StallAsync(client) : RelayAsync(client);
        }
    }

    private async Task StallAsync(TcpClient client)
    {
        using (client)
        {
            var buffer = new byte[64 * 1024];
            var stream = client.GetStream();
            try
            {
                while (await stream.ReadAsync(buffer, _stop.Token) > 0)
                {
                    // Swallow the request; never answer.
                }
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException)
            {
                // The client gave up or the relay stopped.
            }
        }
    }

    private async Task RelayAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(_target.Host, _target.Port, _stop.Token);
                var up = client.GetStream().CopyToAsync(server.GetStream(), _stop.Token);
                var down = server.GetStream().CopyToAsync(client.GetStream(), _stop.Token);
                await Task.WhenAny(up, down);
            }
            catch (Exception e) when (e is OperationCanceledException or IOException or ObjectDisposedException or SocketException)
            {
                // Either side closed or the relay stopped.
            }
        }
    }
}
