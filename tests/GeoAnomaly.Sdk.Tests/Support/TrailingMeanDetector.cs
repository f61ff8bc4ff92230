using System.ComponentModel;
using GeoAnomaly.Sdk;

namespace GeoAnomaly.Sdk.Tests.Support;

/// <summary>A correct causal detector: |x - mean of the previous Window valid samples|, NaN on gaps.</summary>
internal sealed class TrailingMeanDetector : Detector<TrailingMeanDetector.Options>
{
    public override string Name => "trailing-mean";

    public override string Summary => "Distance from the mean of the previous samples.";

    public override IComponentState Start(Options options, ComponentStart start) => new State(options.Window);

    internal sealed record Options : IComponentOptions
    {
        [Description("Samples in the trailing mean.")]
        public int Window { get; init; } = 10;

        public IEnumerable<OptionError> Validate()
        {
            if (Window < 2)
            {
                yield return OptionError.For(nameof(Window), $"must be at least 2, got {Window}");
            }
        }
    }

    /// <summary>Keeps the last Window samples (gaps included), so the warm-up is exactly Window.</summary>
    internal sealed class State(int window) : IComponentState
    {
        private readonly double[] _ring = Filled(window);
        private long _seen;

        public IReadOnlyList<string> Outputs { get; } = ["score", "expected"];

        public int WarmUp => window;

        public void Process(SampleBlock input, Span<double> output, CancellationToken cancellationToken)
        {
            int n = input.Length;
            for (int i = 0; i < n; i++)
            {
                double sum = 0;
                int count = 0;
                foreach (double v in _ring)
                {
                    if (!double.IsNaN(v))
                    {
                        sum += v;
                        count++;
                    }
                }

                double x = input.Values[i];
                double mean = count == 0 ? double.NaN : sum / count;
                output[i] = double.IsNaN(x) ? double.NaN : Math.Abs(x - mean);
                output[n + i] = mean;
                _ring[_seen++ % window] = x;
            }
        }

        public void Reset()
        {
            Array.Fill(_ring, double.NaN);
            _seen = 0;
        }

        private static double[] Filled(int n)
        {
            double[] a = new double[n];
            Array.Fill(a, double.NaN);
            return a;
        }
    }
}
