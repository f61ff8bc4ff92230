using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Fixtures.HangingPlugin;

/// <summary>Options of the hanging detector.</summary>
public sealed record HangingOptions : IComponentOptions
{
    /// <summary>Text a station code must contain for Process to hang.</summary>
    [Description("Process never returns on stations whose code contains this text.")]
    public string Marker { get; init; } = "HANG";

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (string.IsNullOrEmpty(Marker))
        {
            yield return OptionError.For(nameof(Marker), "must not be empty");
        }
    }
}

/// <summary>Scores |x|, but blocks forever in Process on marked stations, ignoring cancellation.</summary>
internal sealed class HangingDetector : Detector<HangingOptions>
{
    public override string Name => "hanging";

    public override string Summary => "Absolute value; never returns on stations whose code contains the marker.";

    public override IComponentState Start(HangingOptions options, ComponentStart start) =>
        new State(start.Channel.Id.Station.Contains(options.Marker, StringComparison.Ordinal));

    private sealed class State(bool hang) : IComponentState
    {
        public IReadOnlyList<string> Outputs { get; } = ["score"];

        public int WarmUp => 0;

        public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
        {
            if (hang)
            {
                // Deliberately deaf to the token: the guard must bound this call without the plugin's help.
                Thread.Sleep(Timeout.Infinite);
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
