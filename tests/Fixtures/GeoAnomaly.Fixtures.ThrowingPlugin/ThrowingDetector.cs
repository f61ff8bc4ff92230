using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Fixtures.ThrowingPlugin;

/// <summary>Options of the throwing detector.</summary>
public sealed record ThrowingOptions : IComponentOptions
{
    /// <summary>Text a station code must contain for Process to throw.</summary>
    [Description("Process throws on stations whose code contains this text.")]
    public string Marker { get; init; } = "BAD";

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (string.IsNullOrEmpty(Marker))
        {
            yield return OptionError.For(nameof(Marker), "must not be empty");
        }
    }
}

/// <summary>Scores |x|, but throws <see cref="InvalidOperationException"/> in Process on marked stations.</summary>
internal sealed class ThrowingDetector : Detector<ThrowingOptions>
{
    public override string Name => "throwing";

    public override string Summary => "Absolute value; throws on stations whose code contains the marker.";

    public override IComponentState Start(ThrowingOptions options, ComponentStart start) =>
        new State(start.Channel.Id.Station.Contains(options.Marker, StringComparison.Ordinal), start.Channel.Id);

    private sealed class State(bool bad, ChannelId channel) : IComponentState
    {
        public IReadOnlyList<string> Outputs { get; } = ["score"];

        public int WarmUp => 0;

        public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
        {
            if (bad)
            {
                throw new InvalidOperationException($"fixture failure on {channel}");
            }

            for (int i = 0; i < input.Length; i++)
            {
                output[i] = Math.Abs(input.Values[i]);
            }
        }

        public void Reset()
        {
        }
    }
}
