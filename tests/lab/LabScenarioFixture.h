#pragma once

#include "TempDir.h"
#include "lab/Lab.h"
#include "lab/LabScenario.h"

#include <QTemporaryDir>

#include <map>
#include <memory>

// The lab scenarios, each built once per test program and shared by the tests that only read
// them: building one simulates hours of backups and restores. Tests that change a lab build
// their own with applyLabScenario.
class ScenarioLabs {
public:
    // Fails the calling test (and returns null) when the scenario cannot be built.
    static std::shared_ptr<bts::Lab> get(bts::LabScenario scenario)
    {
        static QTemporaryDir root;
        static std::map<bts::LabScenario, std::shared_ptr<bts::Lab>> labs;
        const auto found = labs.find(scenario);
        if (found != labs.end())
            return found->second;
        auto lab = std::make_shared<bts::Lab>(root.filePath(bts::labScenarioName(scenario)));
        const bts::Status applied = bts::applyLabScenario(lab, scenario);
        EXPECT_TRUE(applied.ok()) << bts::labScenarioName(scenario).toStdString() << ": "
                                  << applied.error().sentence().toStdString();
        if (!applied.ok())
            return nullptr;
        labs.emplace(scenario, lab);
        return lab;
    }
};
