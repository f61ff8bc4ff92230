using GeoAnomaly.Sdk;

namespace GeoAnomaly.Host.Tests.Forecasting.Metrics.Support;

/// <summary>Seeded random forecasts for metric tests: per-row scores or rates, and labels drawn from them.</summary>
internal static class RandomForecasts
{
    /// <summary><paramref name="rows"/> uniform scores in [0, 1) and, independently, labels true with probability <paramref name="eventRate"/>.</summary>
    public static (double[] Scores, bool[] Labels) Unskilled(int rows, double eventRate, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        var scores = new double[rows];
        var labels = new bool[rows];
        for (int i = 0; i < rows; i++)
        {
            scores[i] = random.NextDouble();
            labels[i] = random.NextDouble() < eventRate;
        }

        return (scores, labels);
    }

    /// <summary>Per-row probabilities uniform in [<paramref name="low"/>, <paramref name="high"/>) and labels drawn as Bernoulli(probability).</summary>
    public static (double[] Probabilities, bool[] Labels) Calibrated(int rows, double low, double high, ulong seed)
    {
        var random = new Xoshiro256StarStar(seed);
        var probabilities = new double[rows];
        var labels = new bool[rows];
        for (int i = 0; i < rows; i++)
        {
            probabilities[i] = low + ((high - low) * random.NextDouble());
            labels[i] = random.NextDouble() < probabilities[i];
        }

        return (probabilities, labels);
    }

    /// <summary>A naive O(n²) ROC AUC: over all (event, quiet) pairs, 1 when the event scores higher, ½ on a tie.</summary>
    public static double PairwiseAuc(double[] scores, bool[] labels)
    {
        double wins = 0;
        long pairs = 0;
        for (int i = 0; i < scores.Length; i++)
        {
            for (int j = 0; j < scores.Length; j++)
            {
                if (labels[i] && !labels[j])
                {
                    pairs++;
                    wins += scores[i] > scores[j] ? 1 : scores[i] == scores[j] ? 0.5 : 0;
                }
            }
        }

        return pairs == 0 ? double.NaN : wins / pairs;
    }
}
