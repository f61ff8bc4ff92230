using System.ComponentModel;
using GeoAnomaly.Sdk;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace GeoAnomaly.Fixtures.ConflictingDependencyPlugin;

/// <summary>Options of the JSON round-trip detector.</summary>
public sealed record JsonRoundTripOptions : IComponentOptions
{
    /// <summary>Scale applied to the input.</summary>
    [Description("Multiplies the input before the round trip.")]
    public double Scale { get; init; } = 1.0;

    /// <inheritdoc />
    public IEnumerable<OptionError> Validate()
    {
        if (!double.IsFinite(Scale))
        {
            yield return OptionError.For(nameof(Scale), $"must be finite, got {Scale}");
        }
    }
}

/// <summary>
/// Scores |scale * x| after a trip through Newtonsoft.Json, and reports in a second output the major version of the
/// Newtonsoft.Json it actually runs against, so a test can see which copy the plugin's context resolved.
/// </summary>
internal sealed class JsonRoundTripDetector : Detector<JsonRoundTripOptions>
{
    public override string Name => "json-roundtrip";

    public override string Summary => "Absolute value via a Newtonsoft.Json round trip; second output is the Newtonsoft.Json major version in use.";

    public override IComponentState Start(JsonRoundTripOptions options, ComponentStart start)
    {
        // Settings travel through the plugin's own Newtonsoft.Json, as a plugin's configuration might.
        var settings = JObject.Parse(JsonConvert.SerializeObject(new { scale = options.Scale }));
        return new State(settings.Value<double>("scale"), typeof(JsonConvert).Assembly.GetName().Version?.Major ?? -1);
    }

    private sealed class State(double scale, int major) : IComponentState
    {
        public IReadOnlyList<string> Outputs { get; } = ["score", "newtonsoft-major"];

        public int WarmUp => 0;

        public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
        {
            int n = input.Length;
            for (int i = 0; i < n; i++)
            {
                double x = input.Values[i];
                output[i] = double.IsNaN(x) ? double.NaN : Math.Abs(JsonConvert.DeserializeObject<double>(JsonConvert.SerializeObject(scale * x)));
                output[n + i] = major;
            }
        }

        public void Reset()
        {
        }
    }
}
