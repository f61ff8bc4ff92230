using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace GeoAnomaly.Host.Storage.Influx;

/// <summary>Splits a stream of concatenated JSON values (InfluxDB's chunked responses) into one buffer per value.</summary>
/// <remarks>
/// Scans incrementally with <see cref="Utf8JsonReader"/> and a carried <see cref="JsonReaderState"/>, so each byte is
/// tokenised once here however the network splits the data; only one chunk is held in memory at a time.
/// </remarks>
internal static class JsonDocumentSplitter
{
    private const int ReadSize = 64 * 1024;

    /// <summary>Yields each top-level JSON value of <paramref name="stream"/>; a yielded buffer is valid until the next.</summary>
    /// <param name="stream">The response body.</param>
    /// <param name="ct">Cancellation.</param>
    /// <exception cref="JsonException">The stream ends inside a value or is not JSON.</exception>
    public static async IAsyncEnumerable<ReadOnlyMemory<byte>> SplitAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct = default)
    {
        byte[] buffer = ArrayPool<byte>.Shared.Rent(ReadSize * 2);
        try
        {
            var scan = new ScanState();
            int filled = 0;
            bool eof = false;
            while (true)
            {
                int end = scan.FindEnd(buffer.AsSpan(0, filled), eof);
                if (end > 0)
                {
                    yield return buffer.AsMemory(0, end);
                    buffer.AsSpan(end, filled - end).CopyTo(buffer);
                    filled -= end;
                    scan = new ScanState();
                    continue;
                }

                if (eof)
                {
                    if (buffer.AsSpan(0, filled).Trim(" \t\r\n"u8).Length > 0)
                    {
                        throw new JsonException("the response ended in the middle of a JSON value");
                    }

                    yield break;
                }

                if (buffer.Length - filled < ReadSize)
                {
                    byte[] bigger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, filled).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = bigger;
                }

                int read = await stream.ReadAsync(buffer.AsMemory(filled), ct).ConfigureAwait(false);
                filled += read;
                eof = read == 0;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Where the scan of the current value stands.</summary>
    private sealed class ScanState
    {
        private JsonReaderState _state = new(new JsonReaderOptions { AllowMultipleValues = true });
        private int _scanned;
        private int _depth;
        private bool _started;

        /// <summary>Length of the first complete value in <paramref name="data"/>, or 0 when more data is needed.</summary>
        public int FindEnd(ReadOnlySpan<byte> data, bool final)
        {
            var reader = new Utf8JsonReader(data[_scanned..], final, _state);
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        _depth++;
                        _started = true;
                        break;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        _depth--;
                        break;
                    default:
                        _started = true;
                        break;
                }

                if (_started && _depth == 0)
                {
                    return _scanned + (int)reader.BytesConsumed;
                }
            }

            _scanned += (int)reader.BytesConsumed;
            _state = reader.CurrentState;
            return 0;
        }
    }
}
