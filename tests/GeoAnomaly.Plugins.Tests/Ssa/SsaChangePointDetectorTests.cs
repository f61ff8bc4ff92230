using GeoAnomaly.Plugins.Ssa;
using GeoAnomaly.Sdk.Testing;

namespace GeoAnomaly.Plugins.Tests.Ssa;

public sealed partial class SsaChangePointDetectorTests
{
    [Fact]
    public void Passes_the_SDK_conformance_suite()
    {
        // Given: the suite's defaults, plus option sets that must be rejected by name
        var settings = new ConformanceSettings
        {
            InvalidOptions =
            [
                (new SsaChangePointOptions { TrainingWindowSize = 20, SeasonalWindowSize = 10 }, "trainingWindowSize"),
                (new SsaChangePointOptions { SeasonalWindowSize = 1 }, "seasonalWindowSize"),
                (new SsaChangePointOptions { Confidence = 100 }, "confidence"),
                (new SsaChangePointOptions { Confidence = -1 }, "confidence"),
                (new SsaChangePointOptions { Confidence = double.NaN }, "confidence"),
                (new SsaChangePointOptions { ChangeHistoryLength = 0 }, "changeHistoryLength"),
                (new SsaChangePointOptions { PowerMartingaleEpsilon = 1 }, "powerMartingaleEpsilon"),
                (new SsaChangePointOptions { ErrorFunction = (ErrorFunction)17 }, "errorFunction"),
                (new SsaChangePointOptions { Martingale = (MartingaleType)9 }, "martingale"),
                (new SsaChangePointOptions { RefitInterval = 0 }, "refitInterval"),
                (new SsaChangePointOptions { MaxGapFill = 101 }, "maxGapFill"),
            ],
        };

        // When
        var error = Record.Exception(() => DetectorConformance.RunAll(() => new SsaChangePointDetector(), settings));

        // Then
        Assert.Null(error);
    }
}
