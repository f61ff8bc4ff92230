using GeoAnomaly.Plugins.SpectralResidual;

namespace GeoAnomaly.Plugins.Tests.Support.SpectralResidual;

/// <summary>The streaming detector's outputs from <see cref="NaiveSpectralResidual"/>, one full saliency map per sample.</summary>
internal static class NaiveSpectralResidualStream
{
    public static (double[] Score, double[] Alert, double[] Magnitude) Run(double[] values, SpectralResidualOptions options)
    {
        int n = values.Length;
        int w = options.WindowSize;
        double[] score = Enumerable.Repeat(double.NaN, n).ToArray();
        double[] alert = (double[])score.Clone();
        double[] magnitude = (double[])score.Clone();
        for (int i = w - 1; i < n; i++)
        {
            if (double.IsNaN(values[i]))
            {
                continue;
            }

            double[] window = NaiveSpectralResidual.Filled(values[(i - w + 1)..(i + 1)]);
            double[] extended = NaiveSpectralResidual.Extend(window, options.BackAddWindowSize, options.LookaheadWindowSize);
            double[] map = NaiveSpectralResidual.SaliencyMap(extended, options.AveragingWindowSize);
            double average = NaiveSpectralResidual.Mean(map, w - options.JudgementWindowSize, w - 1);
            score[i] = NaiveSpectralResidual.Score(map[w - 1], average);
            alert[i] = score[i] > options.Threshold ? 1 : 0;
            magnitude[i] = map[w - 1];
        }

        return (score, alert, magnitude);
    }
}
